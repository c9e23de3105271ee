import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { NOW, PNG_BYTES, STRANGER, startTestSandbox, TOKEN, type TestSandbox } from "./testkit";

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

const fault = (body: Record<string, unknown>) => sandbox.post("/__sandbox/faults", body);
const hsm = () => sandbox.wa("/whatsapp/sendHsm/welcome_msg", { to: STRANGER, param: ["a", "b"] });

describe("request log", () => {
  it("records method, path, query, lowercased headers, parsed body, status and response", async () => {
    const sent = await hsm();
    await sandbox.get("/whatsapp/downloadMedia?token=bad&id=1");
    const { body } = await sandbox.get("/__sandbox/requests");
    expect(body.requests).toHaveLength(2);
    const [first, second] = body.requests;
    expect(first).toMatchObject({
      id: expect.any(Number),
      method: "POST",
      path: "/whatsapp/sendHsm/welcome_msg",
      query: {},
      body: { token: TOKEN, to: STRANGER, param: ["a", "b"] },
      status: 200,
      response: sent.body,
    });
    expect(new Date(first.at).toISOString()).toBe(NOW.toISOString());
    expect(first.headers["content-type"]).toBe("application/json");
    expect(second).toMatchObject({ query: { token: "bad", id: "1" }, status: 401 });
  });

  it("filters by path and summarises multipart bodies", async () => {
    const form = new FormData();
    form.set("token", TOKEN);
    form.set("media", new Blob([new Uint8Array(PNG_BYTES)], { type: "image/png" }), "dot.png");
    await fetch(`${sandbox.url}/whatsapp/uploadMedia`, { method: "POST", body: form });
    await hsm();
    const { body } = await sandbox.get("/__sandbox/requests?path=/whatsapp/uploadMedia");
    expect(body.requests).toHaveLength(1);
    expect(body.requests[0].body).toEqual({
      fields: { token: TOKEN },
      files: [
        { field: "media", filename: "dot.png", contentType: "image/png", size: PNG_BYTES.length },
      ],
    });
  });
});

describe("faults", () => {
  it("answers the queued status once, without effect, then recovers", async () => {
    await fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 503 });
    const failed = await hsm();
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ responseCode: "503", data: null });
    expect((await hsm()).status).toBe(200);
    const { body } = await sandbox.get("/__sandbox/requests");
    expect(body.requests.map((r: { status: number }) => r.status)).toEqual([503, 200]);
    expect(body.requests[0].fault).toBe("status:503");
  });

  it("sends Retry-After for 429 and honours times", async () => {
    await fault({ status: 429, retryAfter: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await hsm();
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
    }
    expect((await hsm()).status).toBe(200);
  });

  it("only matches its own path", async () => {
    await fault({ path: "/api/v2/ticket/open", status: 500 });
    expect((await hsm()).status).toBe(200);
    const faults = await sandbox.get("/__sandbox/faults");
    expect(faults.body.faults).toHaveLength(1);
  });

  it("delays the answer while the request still takes effect", async () => {
    await fault({ path: "/api/v2/ticket/open", delayMs: 1500 });
    const request = fetch(`${sandbox.url}/api/v2/ticket/open`, {
      method: "POST",
      headers: { "content-type": "application/json", "api-key": "sandbox-api-key" },
      body: JSON.stringify({ userNumber: STRANGER, userName: "Slow", issue: "i", tag: "t" }),
      signal: AbortSignal.timeout(200),
    });
    await expect(request).rejects.toThrow();
    const state = await sandbox.state();
    expect(state.tickets.some((t) => t.customerNumber === STRANGER)).toBe(true);
  });

  it("drops the connection without answering", async () => {
    await fault({ dropConnection: true });
    await expect(
      fetch(`${sandbox.url}/whatsapp/sendText`, { method: "POST", body: "{}" }),
    ).rejects.toThrow();
    const { body } = await sandbox.get("/__sandbox/requests");
    expect(body.requests[0]).toMatchObject({ status: null, fault: "dropConnection" });
  });

  it("rejects a fault without any effect", async () => {
    expect((await fault({ path: "/x" })).status).toBe(400);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a credential exceeds the limit", async () => {
    let now = NOW;
    const limited = await startSandbox({ rateLimit: { max: 3, windowMs: 60_000 }, now: () => now });
    try {
      const call = () =>
        fetch(`${limited.url}/whatsapp/sendHsm/welcome_msg`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ token: TOKEN, to: STRANGER, param: ["a", "b"] }),
        });
      for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
      now = new Date(NOW.getTime() + 20_000);
      const throttled = await call();
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get("retry-after")).toBe("40");
      expect(await throttled.json()).toMatchObject({
        responseCode: "429",
        message: "too_many_requests",
      });
      // The helpdesk key has its own budget.
      const helpdesk = await fetch(`${limited.url}/api/v2/report/ticket/?ticketCode=1001`, {
        headers: { "api-key": "sandbox-api-key" },
      });
      expect(helpdesk.status).toBe(200);
      now = new Date(NOW.getTime() + 60_000);
      expect((await call()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("inbound, reset and determinism", () => {
  it("appends an inbound message to the customer's active ticket", async () => {
    const active = (await sandbox.state()).tickets.find((t) => t.status === "processing");
    const res = await sandbox.post("/__sandbox/inbound", {
      from: `+${active?.customerNumber}`,
      body: "Masih belum",
    });
    expect(res.body).toMatchObject({
      ok: true,
      from: active?.customerNumber,
      ticketCode: active?.ticketCode,
    });
    const ticket = (await sandbox.state()).tickets.find((t) => t.ticketCode === active?.ticketCode);
    expect(ticket?.messages.at(-1)).toMatchObject({
      type: "USER_ANSWER",
      body: "Masih belum",
      dateCreate: "2025-06-15 12:00:00",
    });
    expect((await sandbox.post("/__sandbox/inbound", { from: "12", body: "x" })).status).toBe(400);
  });

  it("starts a ticket conversation for a customer without one when openTicket is set", async () => {
    const plain = await sandbox.post("/__sandbox/inbound", { from: STRANGER, body: "halo" });
    expect(plain.body).toMatchObject({ ticketCode: null, openedTicket: false });

    const res = await sandbox.post("/__sandbox/inbound", {
      from: "0812 9999 7777".replaceAll(" ", ""),
      body: "STOP",
      name: "Budi Santoso",
      openTicket: true,
    });
    expect(res.body).toMatchObject({ ok: true, from: "6281299997777", openedTicket: true });
    const code = res.body.ticketCode as string;
    const read = await sandbox.hd(
      "GET",
      `/api/v2/report/ticket/?ticketCode=${code}&with_message=true`,
    );
    expect(read.body.data.ticket[0]).toMatchObject({
      ticketCode: code,
      status: "open",
      problem: "STOP",
      customerName: "Budi Santoso",
      customerNumber: "6281299997777",
      dateCreate: "2025-06-15 12:00:00",
      dateClose: null,
      operatorName: null,
      totalResponse: "2",
    });
    expect(read.body.data.ticket[0].messages.map((m: { type: string }) => m.type)).toEqual([
      "USER_ANSWER",
      "ANSWER_TICKET",
    ]);
    expect(read.body.data.ticket[0].messages[0].body).toBe("STOP");
    const open = await sandbox.hd(
      "GET",
      "/api/v2/report/tickets/open?start_date=2025-06-15&end_date=2025-06-15",
    );
    expect(open.body.data.ticket.map((t: { ticketCode: string }) => t.ticketCode)).toContain(code);
    // The next message joins that ticket instead of opening another.
    const next = await sandbox.post("/__sandbox/inbound", {
      from: "6281299997777",
      body: "berhenti",
      openTicket: true,
    });
    expect(next.body).toMatchObject({ ticketCode: code, openedTicket: false });
    expect((await sandbox.state()).window.find((w) => w.number === "6281299997777")?.inWindow).toBe(
      true,
    );
  });

  it("names a new ticket after the customer's earlier tickets", async () => {
    const { tickets } = await sandbox.state();
    const returning = tickets.find(
      (t) =>
        t.status === "close" &&
        !tickets.some((o) => o.customerNumber === t.customerNumber && o.status !== "close"),
    );
    if (!returning) throw new Error("seed has no customer with only closed tickets");
    const res = await sandbox.post("/__sandbox/inbound", {
      from: returning.customerNumber,
      body: "Halo lagi",
      openTicket: true,
    });
    const ticket = (await sandbox.state()).tickets.find(
      (t) => t.ticketCode === res.body.ticketCode,
    );
    expect(ticket).toMatchObject({
      customerNumber: returning.customerNumber,
      customerName: returning.customerName,
      status: "open",
    });
  });

  it("reset clears the log, faults, media and inbound and restores the seeded tickets", async () => {
    const before = await sandbox.state();
    await sandbox.post("/__sandbox/inbound", { from: STRANGER, body: "halo" });
    await sandbox.hd("POST", "/api/v2/ticket/close", {
      userNumber: before.tickets.find((t) => t.status === "open")?.customerNumber,
      ticketCode: before.tickets.find((t) => t.status === "open")?.ticketCode,
    });
    await sandbox.wa("/whatsapp/uploadMedia", { media: PNG_BYTES.toString("base64") });
    await fault({ status: 500 });
    await sandbox.reset();
    const after = await sandbox.state();
    expect(after.tickets).toEqual(before.tickets);
    expect(after.media).toEqual([]);
    expect((await sandbox.get("/__sandbox/requests")).body.requests).toEqual([]);
    expect((await sandbox.get("/__sandbox/faults")).body.faults).toEqual([]);
    expect(after.window.find((w) => w.number === STRANGER)).toBeUndefined();
  });

  it("gives the same data for the same seed and now, different data for another seed", async () => {
    const twin = await startTestSandbox();
    const other = await startTestSandbox({ seed: 7 });
    try {
      expect((await twin.state()).tickets).toEqual((await sandbox.state()).tickets);
      expect((await other.state()).tickets).not.toEqual((await sandbox.state()).tickets);
      const a = await hsm();
      const b = await twin.wa("/whatsapp/sendHsm/welcome_msg", { to: STRANGER, param: ["a", "b"] });
      expect(a.body).toEqual(b.body);
    } finally {
      await twin.close();
      await other.close();
    }
  });
});
