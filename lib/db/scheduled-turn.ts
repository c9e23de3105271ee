// Periodic work done once per period however many Kabar instances run it on a timer: each asks
// for the turn, and the one conditional update that moves the ScheduledTurn row's lastRunAt
// wins; the others skip that period. Plain module (no "server-only"): tests run it.
import type { Db } from "./create-client";

type Sql = Pick<Db, "$queryRaw">;

/**
 * Whether this caller has the turn for `key` at `now`: nobody took it within the last
 * `periodMs` (less a tenth, so timers that drift a little do not skip a period).
 */
export async function claimScheduledTurn(
  db: Sql,
  key: string,
  periodMs: number,
  now = new Date(),
): Promise<boolean> {
  const takenBefore = new Date(now.getTime() - Math.floor(periodMs * 0.9));
  const rows = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "ScheduledTurn" ("key", "lastRunAt") VALUES (${key}, ${now})
    ON CONFLICT ("key") DO UPDATE SET "lastRunAt" = ${now}
    WHERE "ScheduledTurn"."lastRunAt" <= ${takenBefore}
    RETURNING "key"`;
  return rows.length === 1;
}
