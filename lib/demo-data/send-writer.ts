// Send + SendRecipient rows in the shape the composer records them (prisma/schema.prisma), written
// straight into the database: SQLite with better-sqlite3 prepared statements (SendWriter),
// PostgreSQL in bulk through pg (./postgres-send-writer.ts). Used by the scale seed
// (scripts/seed-history.ts), integration tests and browser tests, which need sends in the
// database the app reads without going through Damcorp. Plain Node: no "@/" imports, no Next.js.
import { newId } from "../db/time-ordered-id";
import type { Database, Statement } from "better-sqlite3";

export interface RecipientFixture {
  /** Digits, as Damcorp answers: 6281234567890. */
  to: string;
  status: "pending" | "sent" | "invalid" | "failed" | "error" | "unknown";
  msgId?: string | null;
  errorCode?: string | null;
}

export interface SendFixture {
  id?: string;
  idempotencyKey?: string;
  userId?: string | null;
  senderNumberId?: string | null;
  kind: string;
  templateName?: string | null;
  summary?: string | null;
  path: string;
  /** The redacted body as sent (an object is stored as JSON). */
  requestBody: unknown;
  responseBody?: unknown;
  httpStatus?: number | null;
  responseCode?: string | null;
  outcome: "pending" | "sent" | "partial" | "failed" | "unknown";
  errorCode?: string | null;
  errorMessage?: string | null;
  attempts?: number;
  ticketCode?: string | null;
  createdAt: Date;
  completedAt?: Date | null;
  recipients: RecipientFixture[];
}

export { newId };

/** The text form Prisma's SQLite adapter stores DateTime in (timestampFormat "iso8601"). */
export function dbTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function json(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Column values of one stored value: text, a number, a time (written per database) or NULL. */
export type FixtureValue = string | number | Date | null;

/** The Send columns a fixture fills, with their PostgreSQL types (for bulk inserts). */
export const SEND_COLUMNS = [
  ["id", "text"],
  ["idempotencyKey", "text"],
  ["userId", "text"],
  ["senderNumberId", "text"],
  ["kind", "text"],
  ["templateName", "text"],
  ["summary", "text"],
  ["recipientCount", "integer"],
  ["path", "text"],
  ["requestBody", "text"],
  ["responseBody", "text"],
  ["httpStatus", "integer"],
  ["responseCode", "text"],
  ["outcome", "text"],
  ["errorCode", "text"],
  ["errorMessage", "text"],
  ["attempts", "integer"],
  ["ticketCode", "text"],
  ["createdAt", "timestamp(3)"],
  ["completedAt", "timestamp(3)"],
] as const;

export const RECIPIENT_COLUMNS = [
  ["id", "text"],
  ["sendId", "text"],
  ["to", "text"],
  ["status", "text"],
  ["msgId", "text"],
  ["errorCode", "text"],
  ["createdAt", "timestamp(3)"],
] as const;

/** One send as rows: its id, its Send values and its SendRecipient values (column order above). */
export function fixtureRows(send: SendFixture): {
  id: string;
  send: FixtureValue[];
  recipients: FixtureValue[][];
} {
  const at = send.createdAt.getTime();
  const id = send.id ?? newId(at);
  const completedAt =
    send.completedAt === undefined
      ? send.outcome === "pending"
        ? null
        : new Date(at + 400)
      : send.completedAt;
  return {
    id,
    send: [
      id,
      send.idempotencyKey ?? newId(at),
      send.userId ?? null,
      send.senderNumberId ?? null,
      send.kind,
      send.templateName ?? null,
      send.summary ?? null,
      send.recipients.length,
      send.path,
      json(send.requestBody) ?? "{}",
      json(send.responseBody),
      send.httpStatus ?? null,
      send.responseCode ?? null,
      send.outcome,
      send.errorCode ?? null,
      send.errorMessage ?? null,
      send.attempts ?? 1,
      send.ticketCode ?? null,
      send.createdAt,
      completedAt,
    ],
    recipients: send.recipients.map((r) => [
      newId(at),
      id,
      r.to,
      r.status,
      r.msgId ?? null,
      r.errorCode ?? null,
      send.createdAt,
    ]),
  };
}

const names = (columns: readonly (readonly [string, string])[]) =>
  columns.map(([name]) => `"${name}"`).join(",");
const placeholders = (columns: readonly unknown[]) => columns.map(() => "?").join(",");
const sqliteValue = (v: FixtureValue) => (v instanceof Date ? dbTime(v) : v);

/** Prepared statements bound to one SQLite database; reuse them for bulk inserts. */
export class SendWriter {
  private readonly sendInsert: Statement;
  private readonly recipientInsert: Statement;

  constructor(private readonly sqlite: Database) {
    this.sendInsert = sqlite.prepare(
      `INSERT INTO "Send" (${names(SEND_COLUMNS)}) VALUES (${placeholders(SEND_COLUMNS)})`,
    );
    this.recipientInsert = sqlite.prepare(
      `INSERT INTO "SendRecipient" (${names(RECIPIENT_COLUMNS)}) VALUES (${placeholders(RECIPIENT_COLUMNS)})`,
    );
  }

  /** Inserts one send and its recipients (call inside a transaction for speed). */
  insert(send: SendFixture): string {
    const rows = fixtureRows(send);
    this.sendInsert.run(...rows.send.map(sqliteValue));
    for (const r of rows.recipients) this.recipientInsert.run(...r.map(sqliteValue));
    return rows.id;
  }

  /** Inserts many sends in one transaction; returns their ids in order. */
  insertAll(sends: readonly SendFixture[]): string[] {
    return this.sqlite.transaction((all: readonly SendFixture[]) => all.map((s) => this.insert(s)))(
      sends,
    );
  }
}
