// A partial phone number as an operator types it ("0812 34", "+62 812-3", "62812") turned into the
// start of the digits Kabar stores (SendRecipient.to: 6281234567890), so the (to, createdAt)
// index can serve a prefix match. Indonesia is the default region, as in lib/phone/normalize.ts:
// 0… and 8… are Indonesian national numbers, 62… already carries the country code.

export const RECIPIENT_PREFIX_MIN_DIGITS = 3;
export const RECIPIENT_PREFIX_MAX_DIGITS = 15;

export type RecipientPrefixResult = { ok: true; digits: string } | { ok: false; message: string };

export function normalizeRecipientPrefix(input: string): RecipientPrefixResult {
  const trimmed = input.trim();
  if (/[^\d\s\-.()+]/.test(trimmed)) {
    return { ok: false, message: "Type digits only (spaces, dashes and a leading + are fine)" };
  }
  if (trimmed.slice(1).includes("+")) {
    return { ok: false, message: "A + can only come first" };
  }
  const raw = trimmed.replace(/\D/g, "");
  let digits: string;
  if (trimmed.startsWith("+")) digits = raw;
  else if (raw.startsWith("00")) digits = raw.slice(2);
  else if (raw.startsWith("0")) digits = `62${raw.slice(1)}`;
  else if (raw.startsWith("8")) digits = `62${raw}`;
  else digits = raw;
  if (digits.length < RECIPIENT_PREFIX_MIN_DIGITS) {
    return {
      ok: false,
      message: `Type at least ${RECIPIENT_PREFIX_MIN_DIGITS} digits of the number`,
    };
  }
  if (digits.length > RECIPIENT_PREFIX_MAX_DIGITS) {
    return {
      ok: false,
      message: `A phone number has at most ${RECIPIENT_PREFIX_MAX_DIGITS} digits with the country code`,
    };
  }
  return { ok: true, digits };
}

/**
 * The half-open text range [low, high) holding every digit string that starts with `digits`.
 * `high` is digits only (the prefix "counted up": 62812 → 62813, 6289 → 629), so the range holds
 * under any database collation: digit strings sort digit by digit in all of them, while
 * punctuation (such as ":") is ignored by the linguistic ones PostgreSQL databases often use.
 */
export function prefixRange(digits: string): { low: string; high: string } {
  const kept = digits.replace(/9+$/, "");
  if (kept === "") {
    // All nines: above every phone number (at most 15 digits) that starts with them.
    return { low: digits, high: "9".repeat(32) };
  }
  const last = Number(kept[kept.length - 1]);
  return { low: digits, high: `${kept.slice(0, -1)}${last + 1}` };
}
