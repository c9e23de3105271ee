// Keyset reads of sends, newest first, over (createdAt, id): the page, the live list and the CSV
// export all page through history with these and never use OFFSET.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import type { Cursor } from "@/lib/paging/cursor";
import { and, sendSource, type SendConditions } from "./send-conditions";

export interface SendRow {
  id: string;
  createdAt: Date;
  completedAt: Date | null;
  idempotencyKey: string;
  kind: string;
  templateName: string | null;
  summary: string | null;
  outcome: string;
  errorCode: string | null;
  errorMessage: string | null;
  attempts: number;
  ticketCode: string | null;
  recipientCount: number;
  senderNumberId: string | null;
  senderLabel: string | null;
  senderNumber: string | null;
  senderDeletedAt: Date | null;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
}

export type Position = { after?: Cursor; before?: Cursor };

function asDate(value: Date | string): Date;
function asDate(value: Date | string | null): Date | null;
function asDate(value: Date | string | null): Date | null {
  return value === null || value instanceof Date ? value : new Date(value);
}

/**
 * Up to `limit` sends matching `conditions`, older than `after` (newest first) or newer than
 * `before` (returned newest first too). Users and sender numbers are joined after the limit.
 */
export async function selectSends(
  db: Db,
  conditions: SendConditions,
  position: Position,
  limit: number,
): Promise<SendRow[]> {
  const source = sendSource(conditions);
  const where = [...source.where];
  const newerFirst = !position.before;
  if (position.after) {
    const { at, id } = position.after;
    where.push(Prisma.sql`s."createdAt" <= ${at} AND (s."createdAt" < ${at} OR s."id" < ${id})`);
  } else if (position.before) {
    const { at, id } = position.before;
    where.push(Prisma.sql`s."createdAt" >= ${at} AND (s."createdAt" > ${at} OR s."id" > ${id})`);
  }
  const order = newerFirst
    ? Prisma.sql`s."createdAt" DESC, s."id" DESC`
    : Prisma.sql`s."createdAt" ASC, s."id" ASC`;
  const rows = await db.$queryRaw<SendRow[]>`
    SELECT p.*, u."name" AS "userName", u."email" AS "userEmail",
      n."label" AS "senderLabel", n."number" AS "senderNumber", n."deletedAt" AS "senderDeletedAt"
    FROM (
      SELECT s."id", s."createdAt", s."completedAt", s."idempotencyKey", s."kind", s."templateName",
        s."summary", s."outcome", s."errorCode", s."errorMessage", s."attempts", s."ticketCode",
        s."recipientCount", s."senderNumberId", s."userId"
      FROM ${source.from}
      WHERE ${and(where)}
      ORDER BY ${order}
      LIMIT ${limit}
    ) p
    LEFT JOIN "User" u ON u."id" = p."userId"
    LEFT JOIN "SenderNumber" n ON n."id" = p."senderNumberId"`;
  const sorted = rows
    .map((row) => ({
      ...row,
      createdAt: asDate(row.createdAt),
      completedAt: asDate(row.completedAt),
      senderDeletedAt: asDate(row.senderDeletedAt),
      attempts: Number(row.attempts),
      recipientCount: Number(row.recipientCount),
    }))
    .sort(compareNewestFirst);
  return sorted;
}

export function compareNewestFirst(
  a: { createdAt: Date; id: string },
  b: { createdAt: Date; id: string },
) {
  const byTime = b.createdAt.getTime() - a.createdAt.getTime();
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** How many sends match (for the export's progress); walks the matching index range. */
export async function countSends(db: Db, conditions: SendConditions): Promise<number> {
  const source = sendSource(conditions);
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM ${source.from} WHERE ${and(source.where)}`;
  return Number(rows[0]?.n ?? 0);
}
