// The overview's aggregations read from the hourly rollup (OverviewHourly: kept by triggers on
// Send and SendRecipient, see prisma/migrations/*_overview_rollup). They answer the same
// questions as ./overview-queries.ts, reading one row per hour and value of their own dimension
// instead of one per send: whatever the volume, 90 days are at most 2,160 rows per value.
// They apply when the range starts and ends on whole UTC hours, as days do in every zone with a
// whole-hour offset (all of Indonesia's); ./load-overview.ts falls back to the sends otherwise.
// Plain module (no "server-only"): the benchmark runs it against its own database.
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";
import type { SendOutcome } from "@/lib/vocabulary/sends";
import { daysOf, type OverviewRange } from "../range-schema";
import type { DayCounts } from "../overview-data";
import { countedValues, dayBounds, instants, perDay } from "./overview-queries";

const HOUR_MS = 3_600_000;

/** Whether the range's days start and end on whole hours, so the hourly rollup answers it. */
export function rollupCovers(range: OverviewRange, timeZone: string): boolean {
  const { from, to } = instants(range, timeZone);
  return from.getTime() % HOUR_MS === 0 && to.getTime() % HOUR_MS === 0;
}

export async function countSendsPerDayFromRollup(
  db: Db,
  range: OverviewRange,
  timeZone: string,
): Promise<DayCounts[]> {
  const days = daysOf(range);
  const { drivingJoin } = sqlDialect(db);
  const rows = await db.$queryRaw<
    { i: number | bigint; outcome: SendOutcome; n: number | bigint }[]
  >`
    WITH d(i, s, e) AS (VALUES ${dayBounds(db, days, timeZone)})
    SELECT d.i AS i, h."value" AS outcome, sum(h."count") AS n
    FROM d ${drivingJoin} "OverviewHourly" h
      ON h."dimension" = 'outcome' AND h."hour" >= d.s AND h."hour" < d.e
    GROUP BY d.i, h."value"`;
  return perDay(days, rows);
}

type CountedColumn = "errorCode" | "templateName" | "senderNumberId";
const dimensionOf: Record<CountedColumn, string> = {
  errorCode: "code",
  templateName: "template",
  senderNumberId: "sender",
};

/** Sends per value of a column in the range (sends with none are left out). */
export async function countSendsByColumnFromRollup(
  db: Db,
  column: CountedColumn,
  range: OverviewRange,
  timeZone: string,
): Promise<{ value: string; count: number }[]> {
  const { from, to } = instants(range, timeZone);
  const rows = await db.$queryRaw<{ value: string; n: number | bigint }[]>`
    SELECT "value", sum("count") AS n FROM "OverviewHourly"
    WHERE "dimension" = ${dimensionOf[column]} AND "hour" >= ${from} AND "hour" < ${to}
      AND "value" <> ''
    GROUP BY "value"`;
  return countedValues(rows);
}

/** Sends without a SenderNumber (the DAMCORP_TOKEN sender) in the range. */
export async function countEnvironmentSendsFromRollup(
  db: Db,
  range: OverviewRange,
  timeZone: string,
): Promise<number> {
  const { from, to } = instants(range, timeZone);
  const rows = await db.$queryRaw<{ n: number | bigint | null }[]>`
    SELECT sum("count") AS n FROM "OverviewHourly"
    WHERE "dimension" = 'sender' AND "hour" >= ${from} AND "hour" < ${to} AND "value" = ''`;
  return Number(rows[0]?.n ?? 0);
}

/** Recipients Damcorp reported invalid or not delivered (inside accepted sends) in the range. */
export async function countUnreachedRecipientsFromRollup(
  db: Db,
  range: OverviewRange,
  timeZone: string,
): Promise<{ status: "invalid" | "failed"; count: number }[]> {
  const { from, to } = instants(range, timeZone);
  const rows = await db.$queryRaw<{ status: "invalid" | "failed"; n: number | bigint }[]>`
    SELECT "value" AS status, sum("count") AS n FROM "OverviewHourly"
    WHERE "dimension" = 'recipient' AND "hour" >= ${from} AND "hour" < ${to}
    GROUP BY "value"`;
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}
