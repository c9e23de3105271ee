import "server-only";
import { db } from "@/lib/db/client";
import { countContacts, selectContacts } from "./query/select-contacts";
import type { RecipientPickQuery } from "./recipient-pick-schema";

/** The composer sends one message to each number it lists: a bigger audience is a campaign. */
export const MAX_PICKED = 1000;

export type RecipientPick = {
  /** Numbers (newest contacts first) of the contacts that match and did not opt out. */
  numbers: { e164: string; name: string | null }[];
  /** Matching contacts that did not opt out (may be more than listed). */
  total: number;
  /** Matching contacts left out because they opted out. */
  optedOut: number;
};

/** The composer's "Add from contacts": contacts by name or number and tag, opted-out ones left out. */
export async function pickRecipients(query: RecipientPickQuery): Promise<RecipientPick> {
  const filter = { q: query.q, tag: query.tag };
  const [rows, total, optedOut] = await Promise.all([
    selectContacts(db, { ...filter, optOut: "reachable" }, {}, MAX_PICKED),
    countContacts(db, { ...filter, optOut: "reachable" }),
    countContacts(db, { ...filter, optOut: "opted_out" }),
  ]);
  return { numbers: rows.map((r) => ({ e164: r.e164, name: r.name })), total, optedOut };
}
