// Browser tests of contacts and opt-outs write their contacts and opt-outs straight into the
// e2e database (the contacts spec adds them through the forms; these tests are about other pages).
import { newId } from "../../../lib/db/time-ordered-id";
import { dbTime } from "../../../lib/demo-data/send-writer";
import { e2eDatabase } from "./database";

export function insertContact(c: { e164: string; name: string; tags?: string[] }): string {
  const id = newId();
  const now = dbTime(new Date());
  const db = e2eDatabase();
  db.prepare(
    `INSERT INTO "Contact" ("id", "e164", "name", "searchName", "source", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, 'manual', ?, ?)`,
  ).run(id, c.e164, c.name, c.name.toLowerCase(), now, now);
  for (const tag of c.tags ?? [])
    db.prepare(`INSERT INTO "ContactTag" ("contactId", "tag") VALUES (?, ?)`).run(id, tag);
  return id;
}

export function insertOptOut(o: {
  e164: string;
  source: "contact_page" | "csv" | "ticket";
  reason: string;
  at?: Date;
}): void {
  const at = dbTime(o.at ?? new Date());
  e2eDatabase()
    .prepare(
      `INSERT INTO "OptOut" ("e164", "state", "optedOutAt", "source", "reason", "updatedAt")
       VALUES (?, 'opted_out', ?, ?, ?, ?)`,
    )
    .run(o.e164, at, o.source, o.reason, at);
}
