// Fixed-window rate limiting per credential. Fixed windows (not sliding) keep the Retry-After value
// easy to predict in tests: it is the time left until the current window ends.

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, nowMs: number): RateVerdict {
    let window = this.windows.get(key);
    if (!window || nowMs - window.start >= this.windowMs) {
      window = { start: nowMs, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.max) {
      const remainingMs = window.start + this.windowMs - nowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) };
    }
    window.count += 1;
    return { allowed: true };
  }

  clear(): void {
    this.windows.clear();
  }
}
