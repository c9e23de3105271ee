// The WHERE of a history query, built once per request from the parsed filter: Send-level
// conditions (each served by one of Send's (column, createdAt) indexes) and, when the filter
// names a recipient number or result, a plan for matching recipients. Plain module (no
// "server-only"): the benchmark script runs it against its own database.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { sqlDialect, type SqlDialect } from "@/lib/db/sql-dialect";
import { ENVIRONMENT_SENDER_ID } from "@/lib/vocabulary/sends";
import { dayRangeToInstants, type InstantRange } from "@/lib/time/days";
import type { HistoryFilter } from "../filter-schema";
import { prefixRange } from "../recipient-prefix";

/**
 * Up to this many matching recipient rows, history starts from the matching sends (sorted in
 * memory); beyond it, it walks sends newest first and checks each for a matching recipient,
 * which finds a page quickly because matches are then frequent.
 */
export const RECIPIENT_CANDIDATE_LIMIT = 5000;

/** Recipient rows are written with their send; this slack only guards the date-range edges. */
const RECIPIENT_TIME_SLACK_MS = 24 * 60 * 60 * 1000;

export type RecipientPlan = "none" | "candidates" | "exists";

export interface SendConditions {
  /** The database's SQL fragments (lib/db/sql-dialect.ts). */
  dialect: SqlDialect;
  /** ANDed conditions on `s` (the Send row). */
  send: Prisma.Sql[];
  /** ANDed conditions on `r` when reading matching recipients by index (probe, candidates). */
  recipientDriving: Prisma.Sql[];
  /** ANDed conditions on `r` when checking one send's recipients (exists). */
  recipientCorrelated: Prisma.Sql[];
  recipientPlan: RecipientPlan;
  /** True for a recipient (columns unqualified) that matches the filter: listed first. */
  recipientMatch: Prisma.Sql | null;
}

export const and = (parts: Prisma.Sql[]): Prisma.Sql =>
  parts.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(parts, " AND ");

function sendConditionsOf(filter: HistoryFilter, range: InstantRange): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (range.from) out.push(Prisma.sql`s."createdAt" >= ${range.from}`);
  if (range.to) out.push(Prisma.sql`s."createdAt" < ${range.to}`);
  if (filter.outcome) out.push(Prisma.sql`s."outcome" = ${filter.outcome}`);
  if (filter.errorCode) out.push(Prisma.sql`s."errorCode" = ${filter.errorCode}`);
  if (filter.kind) out.push(Prisma.sql`s."kind" = ${filter.kind}`);
  if (filter.template) out.push(Prisma.sql`s."templateName" = ${filter.template}`);
  if (filter.sender === ENVIRONMENT_SENDER_ID) out.push(Prisma.sql`s."senderNumberId" IS NULL`);
  else if (filter.sender) out.push(Prisma.sql`s."senderNumberId" = ${filter.sender}`);
  if (filter.user) out.push(Prisma.sql`s."userId" = ${filter.user}`);
  return out;
}

type Term = { indexed: Prisma.Sql; wrapped: Prisma.Sql };

/**
 * One recipient condition written twice: `indexed` can be served by its own index; `wrapped`
 * is checked on rows found another way (SQLite picks indexes by rule and must be kept from
 * serving it by one; PostgreSQL weighs its statistics and gets it plainly: see
 * SqlDialect.unindexed). This is how each query below decides which index drives it.
 */
function numberTerm(dialect: SqlDialect, range: { low: string; high: string }): Term {
  const to = dialect.unindexed(Prisma.sql`r."to"`);
  return {
    indexed: Prisma.sql`r."to" >= ${range.low} AND r."to" < ${range.high}`,
    wrapped: Prisma.sql`${to} >= ${range.low} AND ${to} < ${range.high}`,
  };
}

function statusTerm(dialect: SqlDialect, status: string): Term {
  return {
    indexed: Prisma.sql`r."status" = ${status}`,
    wrapped: Prisma.sql`${dialect.unindexed(Prisma.sql`r."status"`)} = ${status}`,
  };
}

/** Recipient rows are written with their send: bounds that let an index skip far-off rows. */
function recipientTimeBounds(range: InstantRange): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (range.from) {
    out.push(
      Prisma.sql`r."createdAt" >= ${new Date(range.from.getTime() - RECIPIENT_TIME_SLACK_MS)}`,
    );
  }
  if (range.to) {
    out.push(Prisma.sql`r."createdAt" < ${new Date(range.to.getTime() + RECIPIENT_TIME_SLACK_MS)}`);
  }
  return out;
}

/** Whether at most `limit` recipient rows match `where` (counts at most limit + 1). */
async function atMost(db: Db, where: Prisma.Sql[], limit: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "SendRecipient" r WHERE ${and(where)} LIMIT ${limit + 1}) t`;
  return Number(rows[0]?.n ?? 0) <= limit;
}

/**
 * How to match recipients. Few rows for the number prefix (read through (to, createdAt)), for
 * the result in the date range (read through (status, createdAt)) or, where walking sends is
 * not cheap (SqlDialect.cheapWalks) and each alone is common, for both together (read through
 * (status, to, createdAt)): start from those sends. Otherwise walk sends newest first and check
 * each one's recipients through (sendId) only.
 */
async function planRecipients(
  db: Db,
  dialect: SqlDialect,
  filter: HistoryFilter,
  range: InstantRange,
  limit: number,
): Promise<{ plan: RecipientPlan; driving: Prisma.Sql[]; correlated: Prisma.Sql[] }> {
  const number = filter.recipient ? numberTerm(dialect, prefixRange(filter.recipient)) : null;
  const status = filter.status ? statusTerm(dialect, filter.status) : null;
  const correlated = [number?.wrapped, status?.wrapped].filter((t) => t !== undefined);
  if (!number && !status) return { plan: "none", driving: [], correlated };
  const bounds = recipientTimeBounds(range);
  if (number && (await atMost(db, [number.indexed, ...bounds], limit))) {
    return {
      plan: "candidates",
      driving: [number.indexed, ...bounds, ...(status ? [status.wrapped] : [])],
      correlated,
    };
  }
  if (status && (await atMost(db, [status.indexed, ...bounds], limit))) {
    return {
      plan: "candidates",
      driving: [status.indexed, ...bounds, ...(number ? [number.wrapped] : [])],
      correlated,
    };
  }
  const both =
    number && status && !dialect.cheapWalks ? [status.indexed, number.indexed, ...bounds] : null;
  if (both && (await atMost(db, both, limit))) {
    return { plan: "candidates", driving: both, correlated };
  }
  return { plan: "exists", driving: [], correlated };
}

function recipientMatchOf(filter: HistoryFilter): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (filter.recipient) {
    const { low, high } = prefixRange(filter.recipient);
    parts.push(Prisma.sql`"to" >= ${low} AND "to" < ${high}`);
  }
  if (filter.status) parts.push(Prisma.sql`"status" = ${filter.status}`);
  return parts.length > 0 ? and(parts) : null;
}

/** Builds the conditions and, for recipient filters, chooses how to match recipients. */
export async function buildSendConditions(
  db: Db,
  filter: HistoryFilter,
  timeZone: string,
  candidateLimit: number = RECIPIENT_CANDIDATE_LIMIT,
): Promise<SendConditions> {
  const range = dayRangeToInstants(filter, timeZone);
  const dialect = sqlDialect(db);
  const recipients = await planRecipients(db, dialect, filter, range, candidateLimit);
  return {
    dialect,
    send: sendConditionsOf(filter, range),
    recipientDriving: recipients.driving,
    recipientCorrelated: recipients.correlated,
    recipientPlan: recipients.plan,
    recipientMatch: recipientMatchOf(filter),
  };
}

/** FROM clause and WHERE of a query over `s`, following the recipient plan. */
export function sendSource(conditions: SendConditions): { from: Prisma.Sql; where: Prisma.Sql[] } {
  if (conditions.recipientPlan === "candidates") {
    // The few matching sends drive the query (SQLite keeps this join order as written).
    return {
      from: Prisma.sql`(SELECT DISTINCT r."sendId" AS "id" FROM "SendRecipient" r
        WHERE ${and(conditions.recipientDriving)}) m
        ${conditions.dialect.drivingJoin} "Send" s ON s."id" = m."id"`,
      where: conditions.send,
    };
  }
  if (conditions.recipientPlan === "exists") {
    return {
      from: Prisma.sql`"Send" s`,
      where: [
        ...conditions.send,
        Prisma.sql`EXISTS (SELECT 1 FROM "SendRecipient" r
          WHERE r."sendId" = s."id" AND ${and(conditions.recipientCorrelated)})`,
      ],
    };
  }
  return { from: Prisma.sql`"Send" s`, where: conditions.send };
}
