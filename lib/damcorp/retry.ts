// When to send a request again, and how long to wait. A send is retried ONLY when Damcorp
// cannot have received it (or refused it without acting): HTTP 429, HTTP 503, connection
// refused. A timeout or a dropped connection after the request went out may already have
// delivered the message, so a second try could message the customer twice; those are retried
// only for idempotent reads (helpdesk GETs, media download).

export type RetryPolicy = {
  /** Total attempts including the first (1 = never retry). */
  maxAttempts: number;
  baseDelayMs: number;
  /** Upper bound of one backoff delay. */
  maxDelayMs: number;
  /**
   * Longest Retry-After Kabar waits out. If Damcorp asks for longer, the call stops at once
   * with outcome "not_sent" and `retryAfterMs`, so the caller can schedule it instead of
   * holding a request open for minutes.
   */
  maxRetryAfterMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/** Why an attempt might be worth repeating. */
export type RetryTrigger =
  | { kind: "rate_limited"; retryAfterMs?: number }
  | { kind: "service_unavailable"; retryAfterMs?: number }
  | { kind: "connection_refused" }
  | { kind: "timeout" }
  | { kind: "connection_lost" };

export type RetryReason = RetryTrigger["kind"];

export type RetryDecision =
  | { retry: true; delayMs: number; reason: RetryReason }
  | {
      retry: false;
      reason: RetryReason;
      why: "attempts_exhausted" | "may_have_been_delivered" | "retry_after_too_long";
    };

/**
 * Exponential backoff with full jitter: a uniform delay in [0, min(maxDelay, base·2^(n-1))).
 * `attempt` is the number of the attempt that just failed (1 for the first).
 */
export function computeBackoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">,
  random: () => number,
): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * Retry-After as milliseconds: either delay-seconds ("120") or an HTTP date. Undefined when
 * absent or unreadable; a date in the past means "now" (0).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date always names a month ("Wed, 21 Oct 2015 07:28:00 GMT"); "-5" is not one.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export function decideRetry(input: {
  trigger: RetryTrigger;
  /** Number of the attempt that just failed (1-based). */
  attempt: number;
  /** True for reads that change nothing when repeated. */
  idempotent: boolean;
  policy: RetryPolicy;
  random: () => number;
}): RetryDecision {
  const { trigger, attempt, idempotent, policy, random } = input;
  const reason = trigger.kind;
  const mayHaveArrived = trigger.kind === "timeout" || trigger.kind === "connection_lost";
  if (mayHaveArrived && !idempotent)
    return { retry: false, reason, why: "may_have_been_delivered" };
  if (attempt >= policy.maxAttempts) return { retry: false, reason, why: "attempts_exhausted" };

  if (
    (trigger.kind === "rate_limited" || trigger.kind === "service_unavailable") &&
    trigger.retryAfterMs !== undefined
  ) {
    if (trigger.retryAfterMs > policy.maxRetryAfterMs) {
      return { retry: false, reason, why: "retry_after_too_long" };
    }
    return { retry: true, delayMs: trigger.retryAfterMs, reason };
  }
  return { retry: true, delayMs: computeBackoffDelay(attempt, policy, random), reason };
}
