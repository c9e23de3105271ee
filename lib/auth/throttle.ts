import "server-only";
import { db } from "@/lib/db/client";
import { FAILURE_MEMORY_MS, throttleDelayMs, throttleKind } from "./throttle-policy";

export function throttleKeys(email: string, ip: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

/** Milliseconds the caller must still wait before another attempt (0 = may try now). */
export async function throttleWaitMs(keys: string[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  return Math.max(0, ...rows.map((r) => (r.blockedUntil?.getTime() ?? 0) - now.getTime()));
}

/**
 * Counts one failure per key in one statement (insert, or add one to a recent count), so failures
 * arriving at once on several Kabar instances all count; then sets the delay the new count
 * earns, never shortening one already running.
 */
export async function recordSignInFailure(keys: string[], now = new Date()): Promise<void> {
  const recentSince = new Date(now.getTime() - FAILURE_MEMORY_MS);
  for (const key of keys) {
    const rows = await db.$queryRaw<{ failures: number | bigint }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "lastFailure")
      VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."lastFailure" >= ${recentSince}
          THEN "SignInThrottle"."failures" + 1 ELSE 1 END,
        "lastFailure" = ${now}
      RETURNING "failures"`;
    const failures = Number(rows[0]?.failures ?? 1);
    const delay = throttleDelayMs(failures, throttleKind(key));
    if (delay === 0) continue;
    const blockedUntil = new Date(now.getTime() + delay);
    await db.$executeRaw`
      UPDATE "SignInThrottle" SET "blockedUntil" = ${blockedUntil}
      WHERE "key" = ${key} AND ("blockedUntil" IS NULL OR "blockedUntil" < ${blockedUntil})`;
  }
}

/** A success clears the account's counter (not the address's: one good password must not unlock guessing others). */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
