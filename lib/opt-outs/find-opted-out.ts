import "server-only";
import { db } from "@/lib/db/client";

export type OptedOut = {
  e164: string;
  optedOutAt: Date;
  /** contact_page | csv | ticket */
  source: string;
  reason: string | null;
  ticketCode: string | null;
};

const QUERY_CHUNK = 500;

/** "+6281…" or "6281…" (as Damcorp answers) → "+6281…". */
const asE164 = (number: string) => (number.startsWith("+") ? number : `+${number}`);

/**
 * Which of these numbers must not be messaged, keyed by the number as given (E.164 or digits).
 * The one question every send path asks before it calls Damcorp: one indexed read per 500.
 */
export async function findOptedOutNumbers(
  numbers: readonly string[],
): Promise<Map<string, OptedOut>> {
  const byE164 = new Map<string, string[]>();
  for (const number of numbers) {
    const e164 = asE164(number.trim());
    byE164.set(e164, [...(byE164.get(e164) ?? []), number]);
  }
  const out = new Map<string, OptedOut>();
  const all = [...byE164.keys()];
  for (let at = 0; at < all.length; at += QUERY_CHUNK) {
    const rows = await db.optOut.findMany({
      where: { e164: { in: all.slice(at, at + QUERY_CHUNK) }, state: "opted_out" },
      select: { e164: true, optedOutAt: true, source: true, reason: true, ticketCode: true },
    });
    for (const row of rows) for (const given of byE164.get(row.e164) ?? []) out.set(given, row);
  }
  return out;
}
