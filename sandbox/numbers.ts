// Phone-number handling shared by both APIs. The spec says: "use prefix code +62/62", "you must
// include a (+) sign if you are using a country code", and "if the number starts with 8 or 08, it
// will be considered an Indonesian number". Responses echo the number as digits only.

export interface NormalisedNumber {
  /** Digits only, Indonesian-normalised (0812… / 812… → 62812…, +62… → 62…). */
  digits: string;
  /** False when the input contained anything but an optional leading "+" and digits. */
  wellFormed: boolean;
}

export function normaliseNumber(raw: string): NormalisedNumber {
  const trimmed = raw.trim();
  const hasPlus = trimmed.startsWith("+");
  const rest = hasPlus ? trimmed.slice(1) : trimmed;
  let digits = rest.replace(/\D/g, "");
  // A country code never starts with 0, so "+08…" is malformed rather than Indonesian.
  let wellFormed = /^\d+$/.test(rest) && !(hasPlus && rest.startsWith("0"));
  if (!hasPlus) {
    if (digits.startsWith("0")) digits = `62${digits.slice(1)}`;
    else if (digits.startsWith("8")) digits = `62${digits}`;
  }
  if (digits.length === 0) wellFormed = false;
  return { digits, wellFormed };
}

export type RecipientVerdict = "invalid" | "failed" | "deliverable";

/**
 * Deterministic per-recipient outcome, so tests can provoke each status:
 * - invalid: non-digits, or fewer than 10 / more than 15 digits after normalisation
 * - failed: the number ends in "0000" (stands in for "not a WhatsApp account")
 * - deliverable: everything else (the 24-hour window is checked separately)
 */
export function judgeRecipient(raw: string): { to: string; verdict: RecipientVerdict } {
  const { digits, wellFormed } = normaliseNumber(raw);
  if (!wellFormed || digits.length < 10 || digits.length > 15)
    return { to: digits, verdict: "invalid" };
  if (digits.endsWith("0000")) return { to: digits, verdict: "failed" };
  return { to: digits, verdict: "deliverable" };
}

/** Normalised digits if the number is usable at all (10–15 digits), else null. */
export function validNumberOrNull(raw: string): string | null {
  const { digits, wellFormed } = normaliseNumber(raw);
  return wellFormed && digits.length >= 10 && digits.length <= 15 ? digits : null;
}
