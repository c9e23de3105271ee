// Phone numbers as operators type them ("0812-3456-7890", "812 3456 7890", "+62 812…",
// "6281234567890") normalised to E.164. Indonesia is the default: Damcorp reads numbers that
// start with 8 or 08 as Indonesian, and 62… without "+" is Indonesia's country code.
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from "libphonenumber-js/max";

export const DEFAULT_REGION: CountryCode = "ID";

/** E.164 allows at most 15 digits including the country code. */
const E164_MAX_DIGITS = 15;
/** Indonesian mobile numbers (8…) have 9 to 12 digits after the country code. */
const ID_MOBILE_MIN = 9;
const ID_MOBILE_MAX = 12;

export type PhoneProblem =
  | "empty"
  | "letters"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "unknown_country_code"
  | "invalid_for_country";

export type NormalizedPhone = {
  ok: true;
  /** "+6281234567890" */
  e164: string;
  /** "6281234567890" — the form Damcorp reports back in `data[].to`. */
  digits: string;
  /** "0812-3456-7890" — as people in that country write it. */
  national: string;
  /** "ID"; undefined only for non-geographic numbers. */
  country: CountryCode | undefined;
  /** "MOBILE", "FIXED_LINE", … when known. */
  type: string | undefined;
};

export type PhoneError = { ok: false; code: PhoneProblem; reason: string };

export type PhoneResult = NormalizedPhone | PhoneError;

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

function countryName(country: string | undefined): string | undefined {
  if (!country) return undefined;
  try {
    return regionNames.of(country);
  } catch {
    return undefined;
  }
}

function fail(code: PhoneProblem, reason: string): PhoneError {
  return { ok: false, code, reason };
}

/**
 * Removes formatting and decides how the digits are meant: "+…" or "00…" is international,
 * "62…" is Indonesia's country code, anything else is national for `region`.
 */
function toParseable(input: string): { text: string; international: boolean } | PhoneError {
  const trimmed = input.trim();
  if (trimmed === "") return fail("empty", "The number is empty");
  if (/\p{L}/u.test(trimmed))
    return fail("letters", `"${trimmed}" contains letters; a phone number has only digits`);
  const stray = trimmed.replace(/[\d\s\-.()/+]/g, "");
  if (stray !== "") {
    return fail(
      "invalid_characters",
      `"${trimmed}" contains characters a phone number cannot have: ${[...new Set(stray)].join(" ")}`,
    );
  }
  if (trimmed.slice(1).includes("+")) {
    return fail("invalid_characters", `"${trimmed}" has a + that is not at the start`);
  }
  const digits = trimmed.replace(/\D/g, "");
  if (digits === "") return fail("empty", "The number has no digits");
  if (trimmed.startsWith("+")) return { text: `+${digits}`, international: true };
  if (digits.startsWith("00")) return { text: `+${digits.slice(2)}`, international: true };
  if (digits.startsWith("62")) return { text: `+${digits}`, international: true };
  return { text: digits, international: false };
}

function lengthProblem(text: string, region: CountryCode): PhoneError | undefined {
  const digitCount = text.replace(/\D/g, "").length;
  const verdict = validatePhoneNumberLength(text, region);
  if (verdict === "TOO_SHORT") return fail("too_short", "The number is too short");
  if (verdict === "TOO_LONG") return fail("too_long", "The number is too long");
  if (verdict === "INVALID_COUNTRY") {
    return fail(
      "unknown_country_code",
      "The number starts with a country code that does not exist",
    );
  }
  if (text.startsWith("+") && digitCount > E164_MAX_DIGITS) {
    return fail(
      "too_long",
      `The number is too long (at most ${E164_MAX_DIGITS} digits with the country code)`,
    );
  }
  return undefined;
}

export function normalizePhone(input: string, region: CountryCode = DEFAULT_REGION): PhoneResult {
  const prepared = toParseable(input);
  if ("ok" in prepared) return prepared;

  const tooShortOrLong = lengthProblem(prepared.text, region);
  if (tooShortOrLong) return tooShortOrLong;

  const phone = parsePhoneNumberFromString(prepared.text, region);
  if (!phone) return fail("too_short", "The number is too short");

  const e164 = phone.number;
  const digits = e164.slice(1);
  if (digits.length > E164_MAX_DIGITS) {
    return fail(
      "too_long",
      `The number is too long (at most ${E164_MAX_DIGITS} digits with the country code)`,
    );
  }

  if (!phone.isValid()) {
    // Indonesian mobiles are the common case, so their length gets a precise message.
    const nsn = phone.nationalNumber;
    if (phone.country === "ID" && nsn.startsWith("8")) {
      if (nsn.length < ID_MOBILE_MIN)
        return fail("too_short", "The number is too short for an Indonesian mobile number");
      if (nsn.length > ID_MOBILE_MAX)
        return fail("too_long", "The number is too long for an Indonesian mobile number");
    }
    const name = countryName(phone.country) ?? `country code +${phone.countryCallingCode}`;
    const home = countryName(region) ?? region;
    const hint = prepared.international
      ? ""
      : `. For a number outside ${home}, start with + and the country code`;
    return fail("invalid_for_country", `The number is not a valid number for ${name}${hint}`);
  }

  return {
    ok: true,
    e164,
    digits,
    national: phone.formatNational(),
    country: phone.country,
    type: phone.getType(),
  };
}

/**
 * A number as Damcorp or the helpdesk writes it ("628…", "+62…", "08…", "8…") as digits with
 * the country code, or null when it cannot be read. Bare digits that start with 0 or 8 are
 * Indonesian, as Damcorp reads them; other bare digits already start with their country code.
 */
export function digitsOf(written: string): string | null {
  const trimmed = written.trim();
  const phone = normalizePhone(/^[1-79]\d*$/.test(trimmed) ? `+${trimmed}` : trimmed);
  return phone.ok ? phone.digits : null;
}

/** Digits with the country code (as Kabar stores a number) in E.164, as requests carry it. */
export function e164Of(digits: string): string {
  return `+${digits}`;
}
