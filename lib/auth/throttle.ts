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

export async function recordSignInFailure(keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    const recent = row && now.getTime() - row.lastFailure.getTime() < FAILURE_MEMORY_MS;
    const failures = recent ? row.failures + 1 : 1;
    const delay = throttleDelayMs(failures, throttleKind(key));
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
    await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures, lastFailure: now, blockedUntil },
      update: { failures, lastFailure: now, blockedUntil },
    });
  }
}

/** A success clears the account's counter (not the address's: one good password must not unlock guessing others). */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
