// The overview's aggregations, each shaped to walk one covering index over the date range only:
// per-day counts by outcome use (outcome, createdAt) with exact day boundaries in the viewer's
// zone (computed here, no per-row date functions or GROUP BY sort), and the per-code, per-template
// and per-sender counts jump from value to value through their (column, createdAt) index.
// Plain module (no "server-only"): the benchmark runs it against its own database.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { SEND_OUTCOMES, type SendOutcome } from "@/lib/vocabulary/sends";
import { endOfDayIn, startOfDayIn } from "@/lib/time/days";
import { distinctSendValues } from "@/lib/history/query/distinct-values";
import { daysOf, type OverviewRange } from "../range-schema";
import type { DayCounts } from "../overview-data";

type CountRow = { n: number | bigint };

export async function countSendsPerDay(
  db: Db,
  range: OverviewRange,
  timeZone: string,
): Promise<DayCounts[]> {
  const days = daysOf(range);
  const bounds = dayBounds(db, days, timeZone);
  const outcomes = Prisma.join(SEND_OUTCOMES.map((o) => Prisma.sql`(${o})`));
  const rows = await db.$queryRaw<
    { i: number | bigint; outcome: SendOutcome; n: number | bigint }[]
  >`
    WITH d(i, s, e) AS (VALUES ${bounds}), o(outcome) AS (VALUES ${outcomes})
    SELECT d.i AS i, o.outcome AS outcome,
      (SELECT count(*) FROM "Send" x
        WHERE x."outcome" = o.outcome AND x."createdAt" >= d.s AND x."createdAt" < d.e) AS n
    FROM d, o`;
  return perDay(days, rows);
}

/** `(i, start, end)` of each day in the viewer's zone, for a `VALUES` list. */
export function dayBounds(db: Db, days: string[], timeZone: string): Prisma.Sql {
  const { timestamp } = sqlDialect(db);
  return Prisma.join(
    days.map(
      (day, i) =>
        Prisma.sql`(${i}, ${timestamp(startOfDayIn(day, timeZone))}, ${timestamp(endOfDayIn(day, timeZone))})`,
    ),
  );
}

/** Counts per (day index, outcome) as the chart's days, zero where none. */
export function perDay(
  days: string[],
  rows: { i: number | bigint; outcome: SendOutcome; n: number | bigint }[],
): DayCounts[] {
  const out: DayCounts[] = days.map((day) => ({
    day,
    ...(Object.fromEntries(SEND_OUTCOMES.map((o) => [o, 0])) as Record<SendOutcome, number>),
  }));
  for (const row of rows) {
    const entry = out[Number(row.i)];
    if (entry && row.outcome in entry) entry[row.outcome] = Number(row.n);
  }
  return out;
}

/** Counted values, most first, those with none left out. */
export function countedValues(
  rows: { value: string; n: number | bigint }[],
): { value: string; count: number }[] {
  return rows
    .map((r) => ({ value: r.value, count: Number(r.n) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

export function instants(range: OverviewRange, timeZone: string) {
  return { from: startOfDayIn(range.from, timeZone), to: endOfDayIn(range.to, timeZone) };
}

type CountedColumn = "errorCode" | "templateName" | "senderNumberId";

/** Sends per value of an indexed column in the range (values with none are left out). */
export async function countSendsByColumn(
  db: Db,
  column: CountedColumn,
  range: OverviewRange,
  timeZone: string,
): Promise<{ value: string; count: number }[]> {
  const { from, to } = instants(range, timeZone);
  const values = await distinctSendValues(db, column);
  if (values.length === 0) return [];
  const c = Prisma.raw(`"${column}"`);
  const list = Prisma.join(values.map((v) => Prisma.sql`(${v})`));
  const rows = await db.$queryRaw<{ value: string; n: number | bigint }[]>`
    WITH v(value) AS (VALUES ${list})
    SELECT v.value AS value,
      (SELECT count(*) FROM "Send" x WHERE x.${c} = v.value
        AND x."createdAt" >= ${from} AND x."createdAt" < ${to}) AS n
    FROM v`;
  return countedValues(rows);
}

/** Sends without a SenderNumber (the DAMCORP_TOKEN sender) in the range. */
export async function countEnvironmentSends(
  db: Db,
  range: OverviewRange,
  timeZone: string,
): Promise<number> {
  const { from, to } = instants(range, timeZone);
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT count(*) AS n FROM "Send"
    WHERE "senderNumberId" IS NULL AND "createdAt" >= ${from} AND "createdAt" < ${to}`;
  return Number(rows[0]?.n ?? 0);
}

/** Recipients Damcorp reported invalid or not delivered (inside accepted sends) in the range. */
export async function countUnreachedRecipients(
  db: Db,
  range: OverviewRange,
  timeZone: string,
): Promise<{ status: "invalid" | "failed"; count: number }[]> {
  const { from, to } = instants(range, timeZone);
  const rows = await db.$queryRaw<{ status: "invalid" | "failed"; n: number | bigint }[]>`
    SELECT "status", count(*) AS n FROM "SendRecipient"
    WHERE "status" IN ('invalid', 'failed') AND "createdAt" >= ${from} AND "createdAt" < ${to}
    GROUP BY "status"`;
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}
