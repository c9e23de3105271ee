// Writes Send + SendRecipient rows straight into a SQLite file with better-sqlite3 prepared
// statements, in the shape the composer records them (prisma/schema.prisma). Used by the scale
// seed (scripts/seed-history.ts), integration tests and browser tests, which need sends in the
// database the app reads without going through Damcorp. Plain Node: no "@/" imports, no Next.js.
import { randomFillSync } from "node:crypto";
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

/** The text form Prisma's SQLite adapter stores DateTime in (timestampFormat "iso8601"). */
export function dbTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

let counter = Math.floor(Math.random() * 1_679_616);
// Random words drawn in bulk: one randomFillSync call per 4,096 ids keeps a million-row seed fast.
let pool = new Uint32Array(0);
let poolIndex = 0;

function randomWord(): number {
  if (poolIndex >= pool.length) {
    pool = randomFillSync(new Uint32Array(8192));
    poolIndex = 0;
  }
  return pool[poolIndex++]!;
}

/** A cuid-like id: "c", time, counter and randomness in base 36 (25 characters). */
export function newId(at: number = Date.now()): string {
  counter = (counter + 1) % 1_679_616;
  const time = at.toString(36).padStart(8, "0").slice(-8);
  const count = counter.toString(36).padStart(4, "0");
  // Two 31-bit words give 12 base-36 characters (36^6 < 2^31).
  const high = (randomWord() % 2_176_782_336).toString(36).padStart(6, "0");
  const low = (randomWord() % 2_176_782_336).toString(36).padStart(6, "0");
  return `c${time}${count}${high}${low}`;
}

function json(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Prepared statements bound to one database; reuse them for bulk inserts. */
export class SendWriter {
  private readonly sendInsert: Statement;
  private readonly recipientInsert: Statement;

  constructor(private readonly sqlite: Database) {
    this.sendInsert = sqlite.prepare(
      `INSERT INTO "Send" ("id","idempotencyKey","userId","senderNumberId","kind","templateName",
        "summary","recipientCount","path","requestBody","responseBody","httpStatus","responseCode",
        "outcome","errorCode","errorMessage","attempts","ticketCode","createdAt","completedAt")
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    this.recipientInsert = sqlite.prepare(
      `INSERT INTO "SendRecipient" ("id","sendId","to","status","msgId","errorCode","createdAt")
       VALUES (?,?,?,?,?,?,?)`,
    );
  }

  /** Inserts one send and its recipients (call inside a transaction for speed). */
  insert(send: SendFixture): string {
    const at = send.createdAt.getTime();
    const id = send.id ?? newId(at);
    const createdAt = dbTime(send.createdAt);
    this.sendInsert.run(
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
      createdAt,
      send.completedAt === undefined
        ? send.outcome === "pending"
          ? null
          : dbTime(new Date(at + 400))
        : send.completedAt && dbTime(send.completedAt),
    );
    for (const r of send.recipients) {
      this.recipientInsert.run(
        newId(at),
        id,
        r.to,
        r.status,
        r.msgId ?? null,
        r.errorCode ?? null,
        createdAt,
      );
    }
    return id;
  }

  /** Inserts many sends in one transaction; returns their ids in order. */
  insertAll(sends: readonly SendFixture[]): string[] {
    return this.sqlite.transaction((all: readonly SendFixture[]) => all.map((s) => this.insert(s)))(
      sends,
    );
  }
}
