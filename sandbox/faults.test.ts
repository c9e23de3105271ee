import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  API_KEY,
  numberInWindow,
  STRANGER,
  startTestSandbox,
  TOKEN,
  type TestSandbox,
} from "./testkit";

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
});

const fault = async (body: Record<string, unknown>) => {
  const res = await sandbox.post("/__sandbox/faults", body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const requests = async () => (await sandbox.get("/__sandbox/requests")).body.requests;
const hsm = (token = TOKEN) =>
  sandbox.post("/whatsapp/sendHsm/welcome_msg", { token, to: STRANGER, param: ["a", "b"] });

/** A raw helpdesk call that may be dropped or abandoned by the client. */
function helpdeskCall(path: string, body: unknown, timeoutMs?: number) {
  return fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "api-key": API_KEY },
    body: JSON.stringify(body),
    signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
  });
}

async function openTicket() {
  const ticket = (await sandbox.state()).tickets.find((t) => t.status === "open");
  if (!ticket) throw new Error("seed has no open ticket");
  return ticket;
}

async function statusOf(ticketCode: string) {
  return (await sandbox.state()).tickets.find((t) => t.ticketCode === ticketCode)?.status;
}

describe("faults that take effect first (apply: true)", () => {
  it("delivers the message, then answers 500: Damcorp sent it, the client cannot know", async () => {
    const to = await numberInWindow(sandbox);
    await fault({ path: "/whatsapp/sendText", status: 500, apply: true });
    const res = await sandbox.wa("/whatsapp/sendText", { to, message: "Halo" });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ responseCode: "500", data: null });
    const [entry] = await requests();
    expect(entry).toMatchObject({
      status: 500,
      fault: "status:500",
      applied: true,
      appliedAnswer: { status: 200, response: { responseCode: "000" } },
    });
    expect(entry.appliedAnswer.response.data).toEqual([
      { to, msgId: expect.any(String), status: "sent" },
    ]);
  });

  it("closes the ticket, then drops the connection", async () => {
    const ticket = await openTicket();
    await fault({ path: "/api/v2/ticket/close", dropConnection: true, apply: true });
    await expect(
      helpdeskCall("/api/v2/ticket/close", {
        userNumber: ticket.customerNumber,
        ticketCode: ticket.ticketCode,
      }),
    ).rejects.toThrow();
    expect(await statusOf(ticket.ticketCode)).toBe("close");
    const [entry] = await requests();
    expect(entry).toMatchObject({ status: null, fault: "dropConnection", applied: true });
    expect(entry.appliedAnswer).toMatchObject({ status: 200, response: { responseCode: "000" } });
  });

  it("closes the ticket at once but answers late (a client timeout although it was closed)", async () => {
    const ticket = await openTicket();
    await fault({ path: "/api/v2/ticket/close", delayMs: 2000, status: 503, apply: "before" });
    const call = helpdeskCall(
      "/api/v2/ticket/close",
      { userNumber: ticket.customerNumber, ticketCode: ticket.ticketCode },
      150,
    );
    await expect(call).rejects.toThrow();
    expect(await statusOf(ticket.ticketCode)).toBe("close");
  });

  it("without apply, a failing fault has no effect (as before)", async () => {
    const ticket = await openTicket();
    await fault({ path: "/api/v2/ticket/close", status: 503 });
    const res = await helpdeskCall("/api/v2/ticket/close", {
      userNumber: ticket.customerNumber,
      ticketCode: ticket.ticketCode,
    });
    expect(res.status).toBe(503);
    expect(await statusOf(ticket.ticketCode)).toBe("open");
    expect((await requests())[0]).toMatchObject({ applied: false, fault: "status:503" });
    expect((await requests())[0].appliedAnswer).toBeUndefined();
  });
});

describe("apply: after", () => {
  it("takes effect only once the delay is over, then answers normally", async () => {
    const ticket = await openTicket();
    await fault({ path: "/api/v2/ticket/close", delayMs: 400, apply: "after" });
    const started = Date.now();
    const res = await helpdeskCall("/api/v2/ticket/close", {
      userNumber: ticket.customerNumber,
      ticketCode: ticket.ticketCode,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect((await res.json()).responseCode).toBe("000");
    expect(await statusOf(ticket.ticketCode)).toBe("close");
  });

  it("has not taken effect while the answer is still pending", async () => {
    const ticket = await openTicket();
    await fault({ path: "/api/v2/ticket/close", delayMs: 1500, apply: "after" });
    const call = helpdeskCall(
      "/api/v2/ticket/close",
      { userNumber: ticket.customerNumber, ticketCode: ticket.ticketCode },
      100,
    );
    await expect(call).rejects.toThrow();
    expect(await statusOf(ticket.ticketCode)).toBe("open");
    expect((await requests())[0]).toMatchObject({ applied: false, status: null });
  });
});

describe("fault matching", () => {
  it("expresses 429 with a long Retry-After, without effect", async () => {
    await fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 429, retryAfter: 45 });
    const res = await hsm();
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("45");
    expect(res.body).toMatchObject({ responseCode: "429", message: "too_many_requests" });
    expect((await requests())[0].applied).toBe(false);
  });

  it("lets `skip` matching requests through first", async () => {
    await fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 500, skip: 2, times: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await hsm()).status);
    expect(statuses).toEqual([200, 200, 500, 200]);
  });

  it("matches only the given credential", async () => {
    await sandbox.post("/__sandbox/config", { accounts: [{ token: TOKEN }, { token: "other" }] });
    await fault({ token: "other", status: 503, times: 5 });
    expect((await hsm()).status).toBe(200);
    expect((await hsm("other")).status).toBe(503);
    expect((await sandbox.hd("GET", "/api/v2/report/ticket/?ticketCode=1001")).status).toBe(200);
  });

  it("refuses faults that cannot happen", async () => {
    for (const bad of [
      { delayMs: 100, apply: "never" },
      { status: 500, apply: "sometimes" },
      { status: 500, extra: 1 },
      { status: 500, skip: -1 },
    ]) {
      const res = await sandbox.post("/__sandbox/faults", bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
  });

  it("lists queued faults with their apply mode and what is left of skip and times", async () => {
    await fault({ status: 500, skip: 1, times: 2 });
    await fault({ delayMs: 10 });
    expect((await sandbox.get("/__sandbox/faults")).body.faults).toEqual([
      { status: 500, skip: 1, times: 2, apply: "never" },
      { delayMs: 10, skip: 0, times: 1, apply: "before" },
    ]);
    // The skipping fault counts the request that the armed delay fault takes.
    expect((await hsm()).status).toBe(200);
    expect((await sandbox.get("/__sandbox/faults")).body.faults).toEqual([
      { status: 500, skip: 0, times: 2, apply: "never" },
    ]);
    expect((await hsm()).status).toBe(500);
  });
});
