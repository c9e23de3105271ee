// Growing delays after failed sign-ins, per account and per address. A delay, never a permanent
// lock-out: an attacker can slow an account down but never lock its owner out for good.

/** Failures allowed before any delay: few per account, more per address (offices share one IP). */
export const FREE_FAILURES = { email: 3, ip: 20 } as const;
export type ThrottleKind = keyof typeof FREE_FAILURES;

/** The longest delay between attempts. */
export const MAX_DELAY_MS = 15 * 60 * 1000;

/** Failures older than this no longer count. */
export const FAILURE_MEMORY_MS = 60 * 60 * 1000;

/** Delay imposed after `failures` consecutive failures: none, then 2 s, 4 s, 8 s … capped. */
export function throttleDelayMs(failures: number, kind: ThrottleKind): number {
  const free = FREE_FAILURES[kind];
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - free + 1));
}

export function throttleKind(key: string): ThrottleKind {
  return key.startsWith("ip:") ? "ip" : "email";
}
