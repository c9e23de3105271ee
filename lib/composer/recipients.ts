// The composer's recipients field: a pasted list read with lib/phone (one per line or separated
// by commas), each entry normalised, duplicates merged, invalid ones named with their reason.
import { parseRecipientList, type RecipientListResult } from "@/lib/phone/recipient-list";

/** One compose reaches at most this many numbers (each session message is its own request). */
export const MAX_RECIPIENTS = 500;

export type RecipientReading = RecipientListResult & {
  /** E.164 numbers, unique, in the order typed: what the requests carry. */
  numbers: string[];
};

export function readRecipients(text: string): RecipientReading {
  const result = parseRecipientList(text);
  return { ...result, numbers: result.recipients.map((r) => r.e164) };
}

/** Why the list cannot be sent as it is, or undefined when it can. */
export function recipientsIssue(reading: RecipientReading): string | undefined {
  if (reading.invalid.length > 0) {
    const first = reading.invalid[0]!;
    const more = reading.invalid.length - 1;
    return `Fix or remove ${reading.invalid.length === 1 ? "the invalid number" : `${reading.invalid.length} invalid numbers`}: “${first.input}” — ${first.reason}${more > 0 ? ` (and ${more} more)` : ""}`;
  }
  if (reading.numbers.length === 0) return "Add at least one recipient";
  if (reading.numbers.length > MAX_RECIPIENTS)
    return `One message can go to at most ${MAX_RECIPIENTS} numbers; this list has ${reading.numbers.length}`;
  return undefined;
}
