// Browser tests write sends and audit events straight into the database file the e2e server
// reads (scripts/lib/test-env.mjs), so history, overview and audit pages have data without going
// through Damcorp. Each test marks its rows (unique numbers, names) so tests stay independent.
import { randomInt } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { e2eDatabaseFile } from "../../../scripts/lib/test-env.mjs";
import { SendWriter, dbTime, newId, type SendFixture } from "../../../lib/demo-data/send-writer";

let opened: Database.Database | null = null;

export function e2eDatabase(): Database.Database {
  if (!opened) {
    opened = new Database(path.resolve(e2eDatabaseFile));
    opened.pragma("busy_timeout = 5000");
  }
  return opened;
}

/** A recipient-number prefix nobody else uses: 62899 and six random digits. */
export function uniqueNumberPrefix(): string {
  return `62899${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

export function uniqueName(label: string): string {
  return `${label}_${randomInt(0, 2 ** 31).toString(36)}`;
}

export function demoUserId(email: string): string {
  const row = e2eDatabase().prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(email) as
    { id: string } | undefined;
  if (!row) throw new Error(`demo user ${email} is missing from the e2e database`);
  return row.id;
}

/** The seeded sender number ("Sandbox CS line"). */
export function demoSender(): { id: string; label: string; number: string } {
  return e2eDatabase()
    .prepare(
      `SELECT "id", "label", "number" FROM "SenderNumber" WHERE "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`,
    )
    .get() as { id: string; label: string; number: string };
}

export function insertSends(sends: SendFixture[]): string[] {
  return new SendWriter(e2eDatabase()).insertAll(sends);
}

export function insertAuditEvent(event: {
  at: Date;
  action: string;
  actorEmail: string | null;
  target?: string;
  detail?: Record<string, unknown>;
}): string {
  const id = newId(event.at.getTime());
  e2eDatabase()
    .prepare(
      `INSERT INTO "AuditEvent" ("id","at","actorId","actorEmail","action","target","ip","detail")
       VALUES (?,?,NULL,?,?,?,?,?)`,
    )
    .run(
      id,
      dbTime(event.at),
      event.actorEmail,
      event.action,
      event.target ?? null,
      "198.51.100.4",
      event.detail ? JSON.stringify(event.detail) : null,
    );
  return id;
}
