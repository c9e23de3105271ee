// Pairs Damcorp's per-recipient entries (responseCode "000" can still hold invalid and failed
// ones) with the recipients Kabar recorded before sending.
import type { RecipientResult } from "@/lib/damcorp/results";
import { digitsOf } from "@/lib/phone/normalize";
import type { RecipientStatus } from "./compose-state";

export type RecipientRow = { id: string; to: string };
export type RecipientUpdate = {
  id: string;
  status: RecipientStatus;
  msgId: string | null;
  errorCode: string | null;
};

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
    if (!entry) return { id: row.id, status: "unknown", msgId: null, errorCode: null };
    return {
      id: row.id,
      status: entry.status,
      msgId: entry.msgId,
      errorCode: entry.status === "failed" ? (entry.errorStatus ?? null) : null,
    };
  });
}
