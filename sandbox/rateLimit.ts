// Rate limiting per credential. The limit is passed on every hit, so POST /__sandbox/config can
// change it while requests are flowing. Fixed windows (the default) keep Retry-After easy to
// predict in tests; sliding windows guarantee "never more than max in any windowMs span".
import type { RateLimit } from "./config";

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Counter {
  /** The limit this counter was built for; a different limit starts a fresh counter. */
  limitKey: string;
  /** fixed: start of the current window. */
  start: number;
  count: number;
  /** sliding: accepted times inside the span, oldest first, from index `head`. */
  times: number[];
  head: number;
}

export class RateLimiter {
  private counters = new Map<string, Counter>();

  hit(key: string, nowMs: number, limit: RateLimit): RateVerdict {
    const limitKey = `${limit.mode}:${limit.max}:${limit.windowMs}`;
    let counter = this.counters.get(key);
    if (!counter || counter.limitKey !== limitKey) {
      counter = { limitKey, start: nowMs, count: 0, times: [], head: 0 };
      this.counters.set(key, counter);
    }
    return limit.mode === "sliding"
      ? slidingHit(counter, nowMs, limit)
      : fixedHit(counter, nowMs, limit);
  }

  clear(): void {
    this.counters.clear();
  }
}

function fixedHit(counter: Counter, nowMs: number, limit: RateLimit): RateVerdict {
  if (nowMs - counter.start >= limit.windowMs || nowMs < counter.start) {
    counter.start = nowMs;
    counter.count = 0;
  }
  if (counter.count >= limit.max) {
    return refuse(counter.start + limit.windowMs - nowMs);
  }
  counter.count += 1;
  return { allowed: true };
}

function slidingHit(counter: Counter, nowMs: number, limit: RateLimit): RateVerdict {
  const { times } = counter;
  while (counter.head < times.length && (times[counter.head] ?? 0) <= nowMs - limit.windowMs) {
    counter.head += 1;
  }
  // Compact now and then so the array stays about `max` long.
  if (counter.head > 1024 && counter.head * 2 > times.length) {
    times.splice(0, counter.head);
    counter.head = 0;
  }
  if (times.length - counter.head >= limit.max) {
    return refuse((times[counter.head] ?? nowMs) + limit.windowMs - nowMs);
  }
  times.push(nowMs);
  return { allowed: true };
}

function refuse(remainingMs: number): RateVerdict {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) };
}
