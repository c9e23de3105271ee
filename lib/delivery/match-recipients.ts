// Pairs Damcorp's per-recipient entries (responseCode "000" can still hold invalid and failed
// ones) with the recipients Kabar recorded before sending.
import type { RecipientResult } from "@/lib/damcorp/results";
import { digitsOf } from "@/lib/phone/normalize";
import type { RecipientStatus } from "@/lib/vocabulary/sends";

export type RecipientRow = { id: string; to: string };
export type RecipientUpdate = {
  id: string;
  status: RecipientStatus;
  msgId: string | null;
  errorCode: string | null;
  /** Damcorp's own words (its per-recipient `error_msg`) for a recipient it did not send to. */
  damcorpMessage: string | null;
};

/** Damcorp's words are shown as they came, within reason. */
const DAMCORP_MESSAGE_MAX = 500;

function damcorpMessageOf(entry: RecipientResult): string | null {
  const text = entry.status === "sent" ? "" : (entry.errorMsg ?? "").trim();
  return text === "" ? null : text.slice(0, DAMCORP_MESSAGE_MAX);
}

/**
 * Pairs Damcorp's per-recipient entries with the recorded recipients: by number first, then in
 * order for any Damcorp wrote differently. A recipient Damcorp did not mention stays unknown.
 */
export function matchRecipients(
  rows: RecipientRow[],
  entries: RecipientResult[],
): RecipientUpdate[] {
  const left = [...entries];
  const take = (row: RecipientRow) => {
    const index = left.findIndex((e) => e.to === row.to || digitsOf(e.to) === row.to);
    return index >= 0 ? left.splice(index, 1)[0] : undefined;
  };
  const exact = new Map(rows.map((row) => [row.id, take(row)]));
  return rows.map((row) => {
    const entry = exact.get(row.id) ?? left.shift();
    if (!entry)
      return { id: row.id, status: "unknown", msgId: null, errorCode: null, damcorpMessage: null };
    return {
      id: row.id,
      status: entry.status,
      msgId: entry.msgId,
      errorCode: entry.status === "failed" ? (entry.errorStatus ?? null) : null,
      damcorpMessage: damcorpMessageOf(entry),
    };
  });
}
