import "server-only";
// The audience of a campaign on the server: uploads from the campaign upload folder, contacts
// and opt-outs from the database.
import { db } from "@/lib/db/client";
import { selectAttributes, selectContacts } from "@/lib/contacts/query/select-contacts";
import { findOptedOutNumbers } from "@/lib/opt-outs/find-opted-out";
import {
  buildAudience,
  type AudienceDeps,
  type BuiltAudience,
  type PickedContact,
} from "./build-audience";
import type { AudienceSource } from "./types";
import { openAudienceUpload } from "./uploads";

/** Rows of an audience at most (every source together). */
export const MAX_AUDIENCE_CONTACTS = 100_000;
const PAGE = 1000;
const CHUNK = 500;

async function* pickContacts(pick: {
  tag?: string;
  attribute?: string;
  value?: string;
}): AsyncIterable<PickedContact[]> {
  let after: string | undefined;
  let seen = 0;
  const filter = {
    ...(pick.tag ? { tag: pick.tag.trim().toLowerCase() } : {}),
    ...(pick.attribute ? { attribute: pick.attribute } : {}),
    ...(pick.attribute && pick.value ? { value: pick.value } : {}),
  };
  while (seen < MAX_AUDIENCE_CONTACTS) {
    const rows = await selectContacts(db, filter, after ? { after } : {}, PAGE);
    if (rows.length === 0) return;
    const attributes = await selectAttributes(
      db,
      rows.map((r) => r.id),
    );
    yield rows.map((r) => ({
      id: r.id,
      e164: r.e164,
      name: r.name,
      attributes: attributes.get(r.id) ?? {},
    }));
    seen += rows.length;
    after = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) return;
  }
}

async function contactsByNumber(digits: string[]): Promise<Map<string, PickedContact>> {
  const out = new Map<string, PickedContact>();
  for (let at = 0; at < digits.length; at += CHUNK) {
    const rows = await db.contact.findMany({
      where: { e164: { in: digits.slice(at, at + CHUNK).map((d) => `+${d}`) } },
      select: { id: true, e164: true, name: true },
    });
    const attributes = await selectAttributes(
      db,
      rows.map((r) => r.id),
    );
    for (const row of rows)
      out.set(row.e164.slice(1), { ...row, attributes: attributes.get(row.id) ?? {} });
  }
  return out;
}

async function optedOut(digits: string[]): Promise<Set<string>> {
  const found = await findOptedOutNumbers(digits);
  return new Set(found.keys());
}

export const serverAudienceDeps: AudienceDeps = {
  openUpload: openAudienceUpload,
  pickContacts,
  contactsByNumber,
  optedOut,
};

export function loadAudience(sources: readonly AudienceSource[]): Promise<BuiltAudience> {
  return buildAudience(sources, serverAudienceDeps);
}
