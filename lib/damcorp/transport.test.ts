import { describe, expect, it, vi } from "vitest";
import { DEFAULT_RETRY_POLICY } from "./retry";
import { fakeFetch, okEnvelope, sent, type FakeStep } from "@/tests/support/fake-fetch";
import { executeRequest, type TransportContext, type TransportRequest } from "./transport";

const post: TransportRequest = {
  method: "POST",
  url: "http://damcorp.test/whatsapp/sendText",
  headers: { "Content-Type": "application/json" },
  body: "{}",
  idempotent: false,
};
const get: TransportRequest = { ...post, method: "GET", body: undefined, idempotent: true };

function setup(steps: FakeStep[], overrides: Partial<TransportContext> = {}) {
  const { fetch, calls } = fakeFetch(steps);
  const sleep = vi.fn(async () => {});
  const onRetry = vi.fn();
  const ctx: TransportContext = {
    fetch,
    sleep,
    random: () => 0.5,
    now: () => 0,
    timeoutMs: 30,
    retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 },
    onRetry,
    ...overrides,
  };
  return { ctx, calls, sleep, onRetry };
}

const ok = { json: okEnvelope([sent("6281234567890")]) };

describe("executeRequest", () => {
  it("returns the response of a successful attempt", async () => {
    const { ctx, calls } = setup([ok]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({ kind: "response", status: 200, attempts: 1 });
    expect(calls).toHaveLength(1);
  });

  it("retries HTTP 429 with backoff and reports progress", async () => {
    const { ctx, calls, sleep, onRetry } = setup([
      { status: 429, json: {} },
      { status: 429, text: "slow down" },
      ok,
    ]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({ kind: "response", status: 200, attempts: 3 });
    expect(calls).toHaveLength(3);
    expect(sleep.mock.calls).toStrictEqual([[50], [100]]);
    expect(onRetry.mock.calls).toStrictEqual([
      [1, 50, "rate_limited"],
      [2, 100, "rate_limited"],
    ]);
  });

  it("honours Retry-After seconds", async () => {
    const { ctx, sleep } = setup([{ status: 429, json: {}, headers: { "Retry-After": "2" } }, ok]);
    await executeRequest(post, ctx);
    expect(sleep.mock.calls).toStrictEqual([[2_000]]);
  });

  it("stops at once with not_sent when Retry-After exceeds the cap", async () => {
    const { ctx, calls } = setup([
      { status: 429, json: {}, headers: { "Retry-After": "3600" } },
      ok,
    ]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({
      kind: "failure",
      outcome: "not_sent",
      reason: "rate_limited",
      retryAfterMs: 3_600_000,
    });
    expect(calls).toHaveLength(1);
  });

  it("a 429 that never clears ends as not_sent after maxAttempts", async () => {
    const { ctx, calls } = setup([
      { status: 429, json: { responseCode: "429", message: "Too Many" } },
    ]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({
      kind: "failure",
      outcome: "not_sent",
      reason: "rate_limited",
      attempts: 3,
      httpStatus: 429,
    });
    expect(calls).toHaveLength(3);
  });

  it("retries HTTP 503 and responseCode 429/503 inside an HTTP 200", async () => {
    const { ctx, calls } = setup([
      { status: 503, text: "maintenance" },
      { json: { responseCode: "429", data: null, message: "too many" } },
      { json: { responseCode: 503, data: null } },
      ok,
    ]);
    const out = await executeRequest(post, { ...ctx, retry: { ...ctx.retry, maxAttempts: 5 } });
    expect(out).toMatchObject({ kind: "response", attempts: 4 });
    expect(calls).toHaveLength(4);
  });

  it("retries connection refused, then reports not_sent", async () => {
    const { ctx, calls, onRetry } = setup([{ error: "ECONNREFUSED" }]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({
      kind: "failure",
      outcome: "not_sent",
      reason: "connection_refused",
      attempts: 3,
    });
    expect(calls).toHaveLength(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it("does not retry a DNS failure and reports not_sent", async () => {
    const { ctx, calls } = setup([{ error: "ENOTFOUND" }]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({
      kind: "failure",
      outcome: "not_sent",
      reason: "dns_failure",
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
  });

  it("never retries a POST that timed out: outcome unknown", async () => {
    const { ctx, calls, sleep } = setup([{ hang: true }, ok]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({
      kind: "failure",
      outcome: "unknown",
      reason: "timeout",
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it("never retries a POST whose connection was reset: outcome unknown", async () => {
    const { ctx, calls } = setup([{ error: "ECONNRESET" }, ok]);
    const out = await executeRequest(post, ctx);
    expect(out).toMatchObject({
      kind: "failure",
      outcome: "unknown",
      reason: "connection_lost",
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
  });

  it("retries a GET that timed out or was reset", async () => {
    const { ctx, calls, onRetry } = setup([{ hang: true }, { error: "ECONNRESET" }, ok]);
    const out = await executeRequest(get, ctx);
    expect(out).toMatchObject({ kind: "response", attempts: 3 });
    expect(calls).toHaveLength(3);
    expect(onRetry.mock.calls.map((c) => c[2])).toStrictEqual(["timeout", "connection_lost"]);
  });

  it("a GET that keeps timing out ends as unknown", async () => {
    const { ctx } = setup([{ hang: true }]);
    expect(await executeRequest(get, ctx)).toMatchObject({
      kind: "failure",
      outcome: "unknown",
      reason: "timeout",
      attempts: 3,
    });
  });

  it("does not retry other error statuses", async () => {
    const { ctx, calls } = setup([{ status: 500, json: { responseCode: "500" } }, ok]);
    expect(await executeRequest(post, ctx)).toMatchObject({
      kind: "response",
      status: 500,
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
  });

  it("a throwing onRetry callback does not change the outcome", async () => {
    const { ctx } = setup([{ status: 503, text: "" }, ok], {
      onRetry: () => {
        throw new Error("ui gone");
      },
    });
    expect(await executeRequest(post, ctx)).toMatchObject({
      kind: "response",
      status: 200,
      attempts: 2,
    });
  });
});
