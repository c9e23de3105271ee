// A phone number read from a spreadsheet cell, with what spreadsheet programs do to numbers
// recognised and said per row: scientific notation (digits lost: refused), a leading 0 dropped
// (read as Indonesian, with a note), a whole number saved as a decimal (read, with a note).
import type { PhoneNormalizer } from "@/lib/phone/bulk-normalize";
import { isScientificNotation, wholeDecimalDigits } from "./number-text";

export type PhoneCellProblem =
  "empty" | "scientific_notation" | "lost_leading_zero" | "invalid_number";

export type PhoneCellResult =
  | { ok: true; e164: string; digits: string; national: string; note?: string }
  | { ok: false; code: PhoneCellProblem; message: string };

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function readPhoneCell(
  text: string,
  options: { storedAsNumber: boolean; normalize: PhoneNormalizer },
): PhoneCellResult {
  // A leading apostrophe is how spreadsheet programs mark a cell as text ('0812…).
  const trimmed = text.trim().replace(/^'/, "");
  if (trimmed === "") return { ok: false, code: "empty", message: "The phone number is empty." };
  if (isScientificNotation(trimmed)) {
    return {
      ok: false,
      code: "scientific_notation",
      message: `“${trimmed}” is a number that a spreadsheet program wrote in scientific notation, so its last digits are lost. Format the phone column as Text, enter the numbers again and save the file once more.`,
    };
  }
  const notes: string[] = [];
  let input = trimmed;
  const whole = wholeDecimalDigits(trimmed);
  if (whole) {
    notes.push(`“${trimmed}” was saved as a decimal number; Kabar read it as ${whole}.`);
    input = whole;
  }
  const bareDigits = /^\d+$/.test(input) && !input.startsWith("0") && !input.startsWith("62");
  const mayHaveLostZero = bareDigits && (options.storedAsNumber || input.startsWith("8"));
  const phone = options.normalize(input);
  if (!phone.ok) {
    if (mayHaveLostZero) {
      return {
        ok: false,
        code: "lost_leading_zero",
        message: `${sentence(phone.reason)} “${input}” may have lost its leading 0 or its country code in a spreadsheet program: format the phone column as Text and enter the number again.`,
      };
    }
    return { ok: false, code: "invalid_number", message: sentence(phone.reason) };
  }
  if (mayHaveLostZero) {
    notes.push(
      `“${input}” had no leading 0 (spreadsheet programs drop it when a column holds numbers); Kabar read it as ${phone.national}.`,
    );
  }
  return {
    ok: true,
    e164: phone.e164,
    digits: phone.digits,
    national: phone.national,
    ...(notes.length > 0 ? { note: notes.join(" ") } : {}),
  };
}
