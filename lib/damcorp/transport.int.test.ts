// Contract tests of retry and outcome rules over real HTTP: 429 (rate limit and Retry-After),
// 503, timeouts, dropped connections and refused connections.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getTicket } from "./helpdesk/reports";
import { startHarness, type SandboxHarness } from "@/tests/support/sandbox-harness";
import { sendHsm, sendText } from "./whatsapp/messages";

const CUSTOMER = "+6281234567890";
const hsm = { templateName: "welcome_msg", to: CUSTOMER, params: ["Damcorp", "Team"] };

describe("faults", () => {
  let sandbox: SandboxHarness;

  beforeAll(async () => {
    sandbox = await startHarness();
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(async () => {
    await sandbox.reset();
  });

  it("503 once: retried, then accepted", async () => {
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 503, times: 1 });
    const onRetry = vi.fn();
    const result = await sendHsm(sandbox.client({ onRetry }), hsm);
    expect(result).toMatchObject({ outcome: "accepted", allSent: true, attempts: 2 });
    expect(onRetry).toHaveBeenCalledWith(1, expect.any(Number), "service_unavailable");
    expect(
      (await sandbox.requests()).filter((r) => r.path === "/whatsapp/sendHsm/welcome_msg"),
    ).toHaveLength(2);
  });

  it("503 that persists: not_sent after maxAttempts", async () => {
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 503, times: 10 });
    const result = await sendHsm(sandbox.client(), hsm);
    expect(result).toMatchObject({
      outcome: "not_sent",
      reason: "service_unavailable",
      attempts: 3,
      httpStatus: 503,
    });
  });

  it("429 with Retry-After: waits that long, then accepted", async () => {
    await sandbox.fault({
      path: "/whatsapp/sendHsm/welcome_msg",
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    const sleep = vi.fn(async () => {});
    const result = await sendHsm(sandbox.client({ sleep }), hsm);
    expect(result).toMatchObject({ outcome: "accepted", attempts: 2 });
    expect(sleep).toHaveBeenCalledWith(1_000);
  });

  it("a timeout after the request arrived is unknown, and not repeated", async () => {
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", delayMs: 1_500, times: 1 });
    const result = await sendHsm(sandbox.client({ timeoutMs: 300 }), hsm);
    expect(result).toMatchObject({
      outcome: "unknown",
      reason: "timeout",
      attempts: 1,
      error: { code: "timeout" },
    });
    // The sandbox did receive it: exactly why a blind retry could message the customer twice.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(
      (await sandbox.requests()).filter((r) => r.path === "/whatsapp/sendHsm/welcome_msg"),
    ).toHaveLength(1);
  });

  it("a dropped connection after sending is unknown, and not repeated", async () => {
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", dropConnection: true, times: 1 });
    const result = await sendHsm(sandbox.client(), hsm);
    expect(result).toMatchObject({ outcome: "unknown", reason: "connection_lost", attempts: 1 });
  });

  it("helpdesk reads are retried after a timeout or a dropped connection", async () => {
    await sandbox.fault({ path: "/api/v2/report/ticket/", delayMs: 1_500, times: 1 });
    const result = await getTicket(sandbox.client({ timeoutMs: 300 }), "999999");
    expect(result.attempts).toBe(2);
    expect(result.outcome === "accepted" || result.outcome === "rejected").toBe(true);

    await sandbox.fault({ path: "/api/v2/report/ticket/", dropConnection: true, times: 1 });
    const again = await getTicket(sandbox.client(), "999999");
    expect(again.attempts).toBe(2);
  });
});

describe("rate limit", () => {
  let sandbox: SandboxHarness;

  beforeAll(async () => {
    sandbox = await startHarness({ rateLimit: { max: 2, windowMs: 1_000 } });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(async () => {
    await sandbox.reset();
  });

  it("the third send inside the window gets 429, waits, and is accepted", async () => {
    const reasons: string[] = [];
    const client = sandbox.client({
      retry: { maxAttempts: 5, baseDelayMs: 300, maxDelayMs: 1_500, maxRetryAfterMs: 5_000 },
      onRetry: (_attempt, _delay, reason) => reasons.push(reason),
    });
    const results = [];
    for (let i = 0; i < 3; i += 1) results.push(await sendHsm(client, hsm));
    expect(results.map((r) => r.outcome)).toStrictEqual(["accepted", "accepted", "accepted"]);
    expect(results[2]?.attempts).toBeGreaterThan(1);
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons)).toStrictEqual(new Set(["rate_limited"]));
    const statuses = (await sandbox.requests()).map((r) => r.status);
    expect(statuses).toContain(429);
  });

  it("without retries a 429 is not_sent (safe to send again later)", async () => {
    const client = sandbox.client({ retry: { maxAttempts: 1 } });
    const results = [];
    for (let i = 0; i < 3; i += 1) results.push(await sendHsm(client, hsm));
    expect(results[2]).toMatchObject({
      outcome: "not_sent",
      reason: "rate_limited",
      attempts: 1,
      error: { code: "429", retryable: "after_wait" },
    });
  });
});

describe("connection refused", () => {
  it("is retried, then not_sent", async () => {
    const sandbox = await startHarness();
    const client = sandbox.client();
    await sandbox.close();
    const onRetry = vi.fn();
    const result = await sendText(client, { to: CUSTOMER, message: "x" }, { onRetry });
    expect(result).toMatchObject({
      outcome: "not_sent",
      reason: "connection_refused",
      attempts: 3,
    });
    expect(onRetry.mock.calls.map((c) => c[2])).toStrictEqual([
      "connection_refused",
      "connection_refused",
    ]);
  });
});
