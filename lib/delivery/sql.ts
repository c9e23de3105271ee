// Every statement the delivery engine uses to change the queue, in one place. Each one is a
// conditional update that holds when several workers (processes, machines) share one database:
// a row is claimed only while it is queued and free, dispatched only by the worker holding it,
// recorded only by the worker that dispatched it. Written once in SQL both SQLite and PostgreSQL
// accept; where they differ (GREATEST / MAX, row locks) the fragment comes from
// lib/db/sql-dialect.ts. Plain module (no "server-only"): `npm run worker` and the benchmark run it too.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";

/** A client or a transaction's client. */
export type Sql = Pick<Db, "$queryRaw" | "$executeRaw">;

// Queueing ---------------------------------------------------------------------------------------

export type QueuedRow = {
  id: string;
  idempotencyKey: string;
  composeId: string | null;
  userId: string | null;
  senderNumberId: string | null;
  senderKey: string;
  kind: string;
  templateName: string | null;
  summary: string | null;
  path: string;
  requestBody: string;
  requestHash: string;
  draft: string | null;
  ticketCode: string | null;
  priority: number;
  payload: string;
  resendOfId: string | null;
  campaignId: string | null;
  createdAt: Date;
  /** Digits with the country code. */
  to: readonly string[];
};

/** Inserts a queued row and its recipients unless its idempotency key exists: true when inserted. */
export async function insertQueued(db: Sql, row: QueuedRow): Promise<boolean> {
  const inserted = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "Send" ("id", "idempotencyKey", "composeId", "userId", "senderNumberId",
      "senderKey", "kind", "templateName", "summary", "recipientCount", "path", "requestBody",
      "requestHash", "draft", "ticketCode", "priority", "payload", "resendOfId", "campaignId",
      "outcome", "attempts", "createdAt")
    VALUES (${row.id}, ${row.idempotencyKey}, ${row.composeId}, ${row.userId},
      ${row.senderNumberId}, ${row.senderKey}, ${row.kind}, ${row.templateName}, ${row.summary},
      ${row.to.length}, ${row.path}, ${row.requestBody}, ${row.requestHash}, ${row.draft},
      ${row.ticketCode}, ${row.priority}, ${row.payload}, ${row.resendOfId}, ${row.campaignId},
      'queued', 0, ${row.createdAt})
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 0) return false;
  const values = row.to.map(
    (to, i) => Prisma.sql`(${`${row.id}-${i}`}, ${row.id}, ${to}, 'pending', ${row.createdAt})`,
  );
  await db.$executeRaw`
    INSERT INTO "SendRecipient" ("id", "sendId", "to", "status", "createdAt")
    VALUES ${Prisma.join(values)}`;
  return true;
}

/** The sender's pace row, created with `rate` the first time the sender queues anything. */
export async function ensurePace(
  db: Sql,
  senderKey: string,
  rate: { limit: number; periodMs: number },
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "SenderPace" ("senderKey", "rateLimit", "ratePeriodMs", "nextAt", "lastSlotAt", "slowdown")
    VALUES (${senderKey}, ${rate.limit}, ${rate.periodMs}, 0, 0, 1)
    ON CONFLICT ("senderKey") DO NOTHING`;
}

/**
 * An admin sets a sender's rate: it holds for every worker from the next dispatch on (each reads
 * it under the pace lock). Slots already handed out at the old rate are given back: the next one
 * is free now (or when a 429 / 503 pause ends), so a faster rate takes effect at once and a slower
 * one is held by the window check.
 */
export async function setPaceRate(
  db: Sql,
  senderKey: string,
  rate: { limit: number; periodMs: number },
  now: number,
): Promise<void> {
  const { least } = sqlDialect(db);
  const pausedUntil = await db.$queryRaw<{ pausedUntil: Date | string | null }[]>`
    SELECT "pausedUntil" FROM "SenderPace" WHERE "senderKey" = ${senderKey}`;
  const paused = pausedUntil[0]?.pausedUntil;
  const freeAt = Math.max(now, paused ? new Date(paused).getTime() : 0);
  await db.$executeRaw`
    INSERT INTO "SenderPace" ("senderKey", "rateLimit", "ratePeriodMs", "nextAt", "lastSlotAt", "slowdown")
    VALUES (${senderKey}, ${rate.limit}, ${rate.periodMs}, 0, 0, 1)
    ON CONFLICT ("senderKey") DO UPDATE SET "rateLimit" = ${rate.limit},
      "ratePeriodMs" = ${rate.periodMs},
      "nextAt" = ${least(Prisma.sql`"SenderPace"."nextAt"`, Prisma.sql`${freeAt}`)}`;
}

/** The rates recorded for these senders (a sender that never queued anything has none yet). */
export async function readPaceRates(
  db: Sql,
  senderKeys: readonly string[],
): Promise<Map<string, { limit: number; periodMs: number }>> {
  if (senderKeys.length === 0) return new Map();
  const rows = await db.$queryRaw<{ senderKey: string; rateLimit: number; ratePeriodMs: number }[]>`
    SELECT "senderKey", "rateLimit", "ratePeriodMs" FROM "SenderPace"
    WHERE "senderKey" IN (${Prisma.join(senderKeys)})`;
  return new Map(
    rows.map((r) => [
      r.senderKey,
      { limit: Number(r.rateLimit), periodMs: Number(r.ratePeriodMs) },
    ]),
  );
}

// Claiming and pacing ----------------------------------------------------------------------------

export type ClaimedRow = {
  id: string;
  composeId: string | null;
  senderKey: string;
  payload: string | null;
  attempts: number;
};

/**
 * Claims the next queued row for `worker` until `leaseUntil`: the most urgent (priority, then
 * age) whose wait is over and whose sender may send within `horizonMs`, and that no live lease
 * holds. Null when there is none.
 */
export async function claimNext(
  db: Sql,
  worker: string,
  now: number,
  leaseUntil: number,
  horizonMs: number,
): Promise<ClaimedRow | null> {
  const at = new Date(now);
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "Send" SET "leaseOwner" = ${worker}, "leaseUntil" = ${new Date(leaseUntil)}
    WHERE "id" = (
      SELECT s."id" FROM "Send" s JOIN "SenderPace" p ON p."senderKey" = s."senderKey"
      WHERE s."outcome" = 'queued'
        AND (s."notBefore" IS NULL OR s."notBefore" <= ${at})
        AND (s."leaseUntil" IS NULL OR s."leaseUntil" < ${at})
        AND p."nextAt" <= ${now + horizonMs}
      ORDER BY s."priority", s."createdAt", s."id"
      LIMIT 1
      ${sqlDialect(db).skipLocked("s")}
    )
      AND "outcome" = 'queued' AND ("leaseUntil" IS NULL OR "leaseUntil" < ${at})
    RETURNING "id", "composeId", "senderKey", "payload", "attempts"`;
  return rows[0] ?? null;
}

/**
 * Takes the sender's next free slot: max(next free, now − catch-up), and moves "next free" one interval on
 * (period / limit, longer while slowed after a 429, which recovers a little with each slot).
 * Returns when the request may leave (ms since the epoch) and the rate the slot was spaced by.
 */
export async function takeSlot(
  db: Sql,
  senderKey: string,
  now: number,
  catchUpMs = 0,
): Promise<{ at: number; rate: { limit: number; periodMs: number } | null }> {
  const { greatest, least } = sqlDialect(db);
  // A slot a late lane (a busy machine) missed is not lost: the schedule may run up to
  // `catchUpMs` behind the clock and catch up. The window check (windowOpensAt) still holds the
  // rate over any period, so catching up never sends more than the rate allows.
  const start = greatest(Prisma.sql`"nextAt"`, Prisma.sql`${now - catchUpMs}`);
  const rows = await db.$queryRaw<
    { lastSlotAt: number; rateLimit: number; ratePeriodMs: number }[]
  >`
    UPDATE "SenderPace" SET
      "lastSlotAt" = ${start},
      "nextAt" = ${start} + ("ratePeriodMs" * 1.0 / "rateLimit") / "slowdown",
      "slowdown" = ${least(Prisma.sql`1.0`, Prisma.sql`"slowdown" + 0.02`)}
    WHERE "senderKey" = ${senderKey}
    RETURNING "lastSlotAt", "rateLimit", "ratePeriodMs"`;
  const row = rows[0];
  if (!row) return { at: now, rate: null };
  return {
    at: Number(row.lastSlotAt),
    rate: { limit: Number(row.rateLimit), periodMs: Number(row.ratePeriodMs) },
  };
}

/**
 * Holds the sender's pace row until the transaction ends (a write takes the row lock on
 * PostgreSQL and the write lock on SQLite): one sender's dispatches are decided one at a time,
 * by any number of workers. Its rate, or null when the sender has no pace row.
 */
export async function lockPace(
  db: Sql,
  senderKey: string,
): Promise<{ limit: number; periodMs: number } | null> {
  const rows = await db.$queryRaw<{ rateLimit: number; ratePeriodMs: number }[]>`
    UPDATE "SenderPace" SET "rateLimit" = "rateLimit" WHERE "senderKey" = ${senderKey}
    RETURNING "rateLimit", "ratePeriodMs"`;
  const row = rows[0];
  return row ? { limit: Number(row.rateLimit), periodMs: Number(row.ratePeriodMs) } : null;
}

/**
 * When the sender's rate lets one more request leave: the `limit`-th latest dispatch plus the
 * period (0 when it has fewer). Slots are spaced by the rate already; this holds the rate over
 * any window even when a request leaves late (a slow database or timer) and the next ones on time.
 */
export async function windowOpensAt(
  db: Sql,
  senderKey: string,
  rate: { limit: number; periodMs: number },
  marginMs = 0,
): Promise<number> {
  const rows = await db.$queryRaw<{ dispatchedAt: Date | string }[]>`
    SELECT "dispatchedAt" FROM "Send"
    WHERE "senderKey" = ${senderKey} AND "dispatchedAt" IS NOT NULL
    ORDER BY "dispatchedAt" DESC
    LIMIT 1 OFFSET ${rate.limit - 1}`;
  const at = rows[0]?.dispatchedAt;
  return at === undefined ? 0 : new Date(at).getTime() + rate.periodMs + marginMs;
}

/** The request leaves now: attempt number and time recorded first. False when the row was lost. */
export async function markDispatched(
  db: Sql,
  id: string,
  worker: string,
  now: number,
  leaseUntil: number,
): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Send" SET "outcome" = 'dispatched', "attempts" = "attempts" + 1,
      "dispatchedAt" = ${new Date(now)}, "leaseUntil" = ${new Date(leaseUntil)}
    WHERE "id" = ${id} AND "leaseOwner" = ${worker} AND "outcome" = 'queued'`;
  return changed === 1;
}

/**
 * SQLite only: marks the row dispatched in ONE statement when the sender's rate (still `rate`)
 * leaves room in its window, instead of lockPace + windowOpensAt + markDispatched in a transaction
 * (5 statements). SQLite runs one writer at a time, so the count and the update are atomic for
 * every worker sharing the file. False when the window is full, the rate changed or the row is no
 * longer ours: the caller then takes the locked path, which says which and how long to wait.
 * Never on PostgreSQL: there a statement does not see a concurrent one's dispatch (use the lock).
 */
export async function markDispatchedIfWindowOpen(
  db: Sql,
  row: { id: string; senderKey: string },
  worker: string,
  rate: { limit: number; periodMs: number },
  marginMs: number,
  now: number,
  leaseUntil: number,
): Promise<boolean> {
  const windowStart = new Date(now - rate.periodMs - marginMs);
  const changed = await db.$executeRaw`
    UPDATE "Send" SET "outcome" = 'dispatched', "attempts" = "attempts" + 1,
      "dispatchedAt" = ${new Date(now)}, "leaseUntil" = ${new Date(leaseUntil)}
    WHERE "id" = ${row.id} AND "leaseOwner" = ${worker} AND "outcome" = 'queued'
      AND EXISTS (SELECT 1 FROM "SenderPace" WHERE "senderKey" = ${row.senderKey}
        AND "rateLimit" = ${rate.limit} AND "ratePeriodMs" = ${rate.periodMs})
      AND (SELECT count(*) FROM (
        SELECT 1 FROM "Send" w WHERE w."senderKey" = ${row.senderKey}
          AND w."dispatchedAt" IS NOT NULL AND w."dispatchedAt" > ${windowStart}
        LIMIT ${rate.limit}) recent) < ${rate.limit}`;
  return changed === 1;
}

/** Gives a claimed row back without sending it (the worker stops, or its sender cannot send). */
export async function releaseClaim(db: Sql, id: string, worker: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "Send" SET "leaseOwner" = NULL, "leaseUntil" = NULL
    WHERE "id" = ${id} AND "leaseOwner" = ${worker} AND "outcome" = 'queued'`;
}

// Answers ----------------------------------------------------------------------------------------

/**
 * The row this worker dispatched, as an update may touch it: still dispatched, or marked unknown
 * by recovery while its answer was on the way (the answer is the better truth).
 */
const heldDispatch = (worker: string) =>
  Prisma.sql`"leaseOwner" = ${worker} AND ("outcome" = 'dispatched' OR ("outcome" = 'unknown' AND "errorCode" = 'abandoned'))`;

export type FinalSend = {
  outcome: string;
  responseCode: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  httpStatus: number | null;
  responseBody: string | null;
  requestBody: string;
};

export type FinalRecipient = {
  id: string;
  status: string;
  msgId: string | null;
  errorCode: string | null;
  damcorpMessage: string | null;
};

/**
 * Records a final outcome on the row and its recipients; false when the row is no longer ours.
 * `from`: the request left ("dispatched"), or was stopped before it could ("queued").
 */
export async function recordFinal(
  db: Sql,
  id: string,
  worker: string,
  from: "queued" | "dispatched",
  now: number,
  send: FinalSend,
  recipients: readonly FinalRecipient[],
): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Send" SET "outcome" = ${send.outcome}, "responseCode" = ${send.responseCode},
      "errorCode" = ${send.errorCode}, "errorMessage" = ${send.errorMessage},
      "httpStatus" = ${send.httpStatus}, "responseBody" = ${send.responseBody},
      "requestBody" = ${send.requestBody}, "completedAt" = ${new Date(now)},
      "leaseOwner" = NULL, "leaseUntil" = NULL, "notBefore" = NULL, "waitReason" = NULL
    WHERE "id" = ${id} AND ${
      from === "dispatched"
        ? heldDispatch(worker)
        : Prisma.sql`"leaseOwner" = ${worker} AND "outcome" = 'queued'`
    }`;
  if (changed !== 1) return false;
  for (const r of recipients) {
    await db.$executeRaw`
      UPDATE "SendRecipient" SET "status" = ${r.status}, "msgId" = ${r.msgId},
        "errorCode" = ${r.errorCode}, "damcorpMessage" = ${r.damcorpMessage}
      WHERE "id" = ${r.id}`;
  }
  return true;
}

/** The recorded recipients of a row, to pair with Damcorp's per-recipient answer. */
export function recipientsOf(db: Sql, id: string): Promise<{ id: string; to: string }[]> {
  return db.$queryRaw<{ id: string; to: string }[]>`
    SELECT "id", "to" FROM "SendRecipient" WHERE "sendId" = ${id} ORDER BY "id"`;
}

/**
 * Damcorp asked to wait (429) or could not take it (503, refused connection): the row goes back
 * to the queue, not before `until`, with why.
 */
export async function requeueAfter(
  db: Sql,
  id: string,
  worker: string,
  until: number,
  reason: string,
  answer: { httpStatus: number | null; responseBody: string | null },
): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Send" SET "outcome" = 'queued', "notBefore" = ${new Date(until)},
      "waitReason" = ${reason}, "errorCode" = NULL, "errorMessage" = NULL,
      "httpStatus" = ${answer.httpStatus}, "responseBody" = ${answer.responseBody},
      "leaseOwner" = NULL, "leaseUntil" = NULL
    WHERE "id" = ${id} AND "leaseOwner" = ${worker} AND "outcome" = 'dispatched'`;
  return changed === 1;
}

/** Nothing of this sender leaves before `until`; after a 429 its pace also slows. */
export async function pauseSender(
  db: Sql,
  senderKey: string,
  until: number,
  reason: string,
  slowDown: boolean,
): Promise<void> {
  const { greatest } = sqlDialect(db);
  const slowdown = slowDown
    ? greatest(Prisma.sql`0.2`, Prisma.sql`"slowdown" * 0.8`)
    : Prisma.sql`"slowdown"`;
  await db.$executeRaw`
    UPDATE "SenderPace" SET "nextAt" = ${greatest(Prisma.sql`"nextAt"`, Prisma.sql`${until}`)},
      "pausedUntil" = ${new Date(until)}, "pauseReason" = ${reason}, "slowdown" = ${slowdown}
    WHERE "senderKey" = ${senderKey}`;
}

// Leases and recovery ----------------------------------------------------------------------------

/** Keeps this worker's rows (claimed or in flight) its own for another lease. */
export async function renewLeases(db: Sql, worker: string, leaseUntil: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "Send" SET "leaseUntil" = ${new Date(leaseUntil)}
    WHERE "leaseOwner" = ${worker} AND "leaseUntil" IS NOT NULL
      AND "outcome" IN ('queued', 'dispatched')`;
}

/** A dead worker's leases end now (its process is known to be gone). */
export async function expireLeasesOf(db: Sql, worker: string, now: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "Send" SET "leaseUntil" = ${new Date(now - 1)}
    WHERE "leaseOwner" = ${worker} AND "outcome" IN ('queued', 'dispatched')`;
}

/**
 * Requests that left and whose worker died before Damcorp answered: unknown, with why, never sent
 * again by themselves. Returns their compose ids (to tell whoever is watching).
 */
export async function recoverAbandoned(
  db: Sql,
  now: number,
  message: string,
): Promise<{ id: string; composeId: string | null }[]> {
  const at = new Date(now);
  const rows = await db.$queryRaw<{ id: string; composeId: string | null }[]>`
    UPDATE "Send" SET "outcome" = 'unknown', "errorCode" = 'abandoned',
      "errorMessage" = ${message}, "completedAt" = ${at}
    WHERE "outcome" = 'dispatched' AND "leaseUntil" < ${at}
    RETURNING "id", "composeId"`;
  if (rows.length > 0) {
    await db.$executeRaw`
      UPDATE "SendRecipient" SET "status" = 'unknown'
      WHERE "status" = 'pending' AND "sendId" IN (${Prisma.join(rows.map((r) => r.id))})`;
  }
  return rows;
}

// Workers ----------------------------------------------------------------------------------------

export async function upsertWorker(
  db: Sql,
  worker: { id: string; host: string; pid: number; startedAt: number },
  now: number,
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "DeliveryWorker" ("id", "host", "pid", "startedAt", "heartbeatAt")
    VALUES (${worker.id}, ${worker.host}, ${worker.pid}, ${new Date(worker.startedAt)}, ${new Date(now)})
    ON CONFLICT ("id") DO UPDATE SET "heartbeatAt" = ${new Date(now)}`;
}

export async function removeWorker(db: Sql, id: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "DeliveryWorker" WHERE "id" = ${id}`;
}

export function listWorkers(
  db: Sql,
): Promise<{ id: string; host: string; pid: number; heartbeatAt: Date }[]> {
  return db.$queryRaw`SELECT "id", "host", "pid", "heartbeatAt" FROM "DeliveryWorker"`;
}

// Operators --------------------------------------------------------------------------------------

/** Cancels the rows of a compose that have not left; returns how many. */
export async function cancelQueued(db: Sql, composeId: string, now: number): Promise<number> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Send" SET "outcome" = 'cancelled', "completedAt" = ${new Date(now)},
      "errorCode" = 'cancelled', "leaseOwner" = NULL, "leaseUntil" = NULL,
      "notBefore" = NULL, "waitReason" = NULL
    WHERE "composeId" = ${composeId} AND "outcome" = 'queued'
    RETURNING "id"`;
  if (rows.length > 0) {
    await db.$executeRaw`
      UPDATE "SendRecipient" SET "status" = 'cancelled'
      WHERE "status" = 'pending' AND "sendId" IN (${Prisma.join(rows.map((r) => r.id))})`;
  }
  return rows.length;
}
