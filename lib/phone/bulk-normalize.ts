// normalizePhone for many numbers at once (spreadsheet imports, campaign audiences). Parsing with
// the full metadata costs ~100 µs a number, too slow for 100,000 rows, yet whether an Indonesian
// number is valid, its type and its national layout depend only on its first digits and its
// length. So one number of each shape is normalised for real and the answer is reused for every
// number of the same shape, with the digits put in. Any other number goes the slow way. The
// result is always exactly what normalizePhone gives (bulk-normalize.test.ts compares both).
import type { CountryCode } from "libphonenumber-js/max";
import { DEFAULT_REGION, normalizePhone, type PhoneResult } from "./normalize";

/** Shapes kept at once; cleared when full so memory stays bounded whatever the input. */
const MAX_SHAPES = 5_000;

type Shape = { international: boolean; nsn: string; key: string };

/**
 * The Indonesian national significant number and its shape, or null for anything the fast path
 * does not cover. Mobile numbers (8…) are decided by 4 leading digits (8071… is the longest
 * prefix with its own meaning); other numbers by 6 (e.g. 21500…).
 */
function indonesianShape(input: string): Shape | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s\-.()/]+$/.test(trimmed)) return null; // letters, stray signs: slow path explains
  const digits = trimmed.replace(/\D/g, "");
  let international: boolean;
  let nsn: string;
  if (trimmed.startsWith("+") || digits.startsWith("00") || digits.startsWith("62")) {
    const cc = trimmed.startsWith("+")
      ? digits
      : digits.startsWith("00")
        ? digits.slice(2)
        : digits;
    if (!cc.startsWith("62")) return null;
    international = true;
    nsn = cc.slice(2);
  } else {
    international = false;
    nsn = digits.startsWith("0") ? digits.slice(1) : digits;
  }
  if (nsn.length < 7 || nsn.length > 13 || nsn.startsWith("0")) return null;
  const lead = nsn.startsWith("8") ? 4 : 6;
  return {
    international,
    nsn,
    key: `${international ? "+" : "0"}${nsn.slice(0, lead)}:${nsn.length}`,
  };
}

/** Puts `digits` in place of the digits of `layout` ("0812-3456-7890"), keeping its separators. */
function fillLayout(layout: string, digits: string): string | null {
  let i = 0;
  const out = layout.replace(/\d/g, () => digits[i++] ?? "");
  return i === digits.length ? out : null;
}

export type PhoneNormalizer = (input: string) => PhoneResult;

/** A normaliser with its own shape cache: use one per import or audience. */
export function createBulkPhoneNormalizer(region: CountryCode = DEFAULT_REGION): PhoneNormalizer {
  const shapes = new Map<string, PhoneResult>();
  return (input) => {
    const shape = region === "ID" ? indonesianShape(input) : null;
    if (!shape) return normalizePhone(input, region);
    let known = shapes.get(shape.key);
    if (!known) {
      known = normalizePhone(input, region);
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      shapes.set(shape.key, known);
      return known;
    }
    if (!known.ok) return known;
    const national = fillLayout(known.national, `0${shape.nsn}`);
    if (national === null || known.country !== "ID") return normalizePhone(input, region);
    const digits = `62${shape.nsn}`;
    return { ...known, e164: `+${digits}`, digits, national };
  };
}
