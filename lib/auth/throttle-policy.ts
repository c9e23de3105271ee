// Growing delays after failed sign-ins, per account and per address. A delay, never a permanent
// lock-out: an attacker can slow an account down but never lock its owner out for good.

/** Failures allowed before any delay. */
export const FREE_FAILURES = 3;
/** The longest delay between attempts. */
export const MAX_DELAY_MS = 15 * 60 * 1000;

/** Delay imposed after `failures` consecutive failures: 0, then 2 s, 4 s, 8 s … capped. */
export function throttleDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES + 1));
}

/** Failures older than this no longer count. */
export const FAILURE_MEMORY_MS = 60 * 60 * 1000;
