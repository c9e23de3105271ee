import { describe, expect, it } from "vitest";
import {
  computeBackoffDelay,
  decideRetry,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  type RetryPolicy,
} from "./retry";

const policy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  maxRetryAfterMs: 5_000,
};
const half = () => 0.5;

describe("computeBackoffDelay (exponential, full jitter)", () => {
  it("doubles the ceiling per attempt and scales it by the random draw", () => {
    expect(computeBackoffDelay(1, policy, half)).toBe(50);
    expect(computeBackoffDelay(2, policy, half)).toBe(100);
    expect(computeBackoffDelay(3, policy, half)).toBe(200);
    expect(computeBackoffDelay(4, policy, () => 0.999)).toBe(799);
  });

  it("never exceeds maxDelayMs", () => {
    expect(computeBackoffDelay(10, policy, () => 0.999_999)).toBe(999);
    expect(computeBackoffDelay(50, policy, () => 1)).toBe(1_000);
  });

  it("can be zero (full jitter) and clamps odd random values", () => {
    expect(computeBackoffDelay(3, policy, () => 0)).toBe(0);
    expect(computeBackoffDelay(1, policy, () => -1)).toBe(0);
    expect(computeBackoffDelay(1, policy, () => 7)).toBe(100);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-01-01T00:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfter("2", now)).toBe(2_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1_500);
  });

  it("reads an HTTP date relative to now, past dates as 0", () => {
    expect(parseRetryAfter("Mon, 01 Jan 2024 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Sun, 31 Dec 2023 23:00:00 GMT", now)).toBe(0);
  });

  it("ignores missing or unreadable values", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});

describe("decideRetry", () => {
  const decide = (
    trigger: Parameters<typeof decideRetry>[0]["trigger"],
    attempt = 1,
    idempotent = false,
  ) => decideRetry({ trigger, attempt, idempotent, policy, random: half });

  it("retries 429, 503 and connection refused with backoff", () => {
    expect(decide({ kind: "rate_limited" })).toStrictEqual({
      retry: true,
      delayMs: 50,
      reason: "rate_limited",
    });
    expect(decide({ kind: "service_unavailable" }, 2)).toStrictEqual({
      retry: true,
      delayMs: 100,
      reason: "service_unavailable",
    });
    expect(decide({ kind: "connection_refused" }, 3)).toStrictEqual({
      retry: true,
      delayMs: 200,
      reason: "connection_refused",
    });
  });

  it("honours Retry-After instead of the backoff", () => {
    expect(decide({ kind: "rate_limited", retryAfterMs: 3_000 })).toStrictEqual({
      retry: true,
      delayMs: 3_000,
      reason: "rate_limited",
    });
    expect(decide({ kind: "service_unavailable", retryAfterMs: 0 })).toStrictEqual({
      retry: true,
      delayMs: 0,
      reason: "service_unavailable",
    });
  });

  it("gives up at once when Retry-After is longer than the cap", () => {
    expect(decide({ kind: "rate_limited", retryAfterMs: 5_001 })).toStrictEqual({
      retry: false,
      reason: "rate_limited",
      why: "retry_after_too_long",
    });
  });

  it("stops after maxAttempts", () => {
    expect(decide({ kind: "rate_limited" }, 4)).toStrictEqual({
      retry: false,
      reason: "rate_limited",
      why: "attempts_exhausted",
    });
    expect(decide({ kind: "connection_refused" }, 5)).toMatchObject({
      retry: false,
      why: "attempts_exhausted",
    });
  });

  it("never retries a send that may have been delivered (timeout, dropped connection)", () => {
    expect(decide({ kind: "timeout" })).toStrictEqual({
      retry: false,
      reason: "timeout",
      why: "may_have_been_delivered",
    });
    expect(decide({ kind: "connection_lost" })).toStrictEqual({
      retry: false,
      reason: "connection_lost",
      why: "may_have_been_delivered",
    });
  });

  it("retries timeouts and dropped connections of idempotent reads", () => {
    expect(decide({ kind: "timeout" }, 1, true)).toStrictEqual({
      retry: true,
      delayMs: 50,
      reason: "timeout",
    });
    expect(decide({ kind: "connection_lost" }, 1, true)).toMatchObject({ retry: true });
    expect(decide({ kind: "timeout" }, 4, true)).toMatchObject({
      retry: false,
      why: "attempts_exhausted",
    });
  });

  it("maxAttempts 1 never retries", () => {
    const once = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };
    expect(
      decideRetry({
        trigger: { kind: "rate_limited" },
        attempt: 1,
        idempotent: true,
        policy: once,
        random: half,
      }),
    ).toMatchObject({
      retry: false,
      why: "attempts_exhausted",
    });
  });
});
