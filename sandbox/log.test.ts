import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NOW, STRANGER, startTestSandbox, TOKEN, type TestSandbox } from "./testkit";

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
  sandbox.setNow(NOW);
});

const at = (ms: number) => sandbox.setNow(new Date(NOW.getTime() + ms));
const hsm = (to: string | string[], token = TOKEN) =>
  sandbox.post("/whatsapp/sendHsm/welcome_msg", { token, to, param: ["a", "b"] });
const requests = async (query = "") => (await sandbox.get(`/__sandbox/requests${query}`)).body;
const summary = async (query = "") =>
  (await sandbox.get(`/__sandbox/requests/summary${query}`)).body;

describe("request log entries", () => {
  it("carry the ms-precise receive time, the credential and one outcome per recipient", async () => {
    at(123);
    const sent = await hsm(["081299998888", "6281234", "6281299990000"]);
    const [entry] = (await requests()).requests;
    expect(entry).toMatchObject({
      at: "2025-06-15T05:00:00.123Z",
      atMs: NOW.getTime() + 123,
      credential: TOKEN,
      applied: true,
      recipients: [
        { to: "6281299998888", status: "sent", msgId: sent.body.data[0].msgId },
        { to: "6281234", status: "invalid", msgId: null },
        { to: "6281299990000", status: "failed", msgId: null },
      ],
    });
    const helpdesk = await sandbox.hd("GET", "/api/v2/report/ticket/?ticketCode=1001");
    expect(helpdesk.status).toBe(200);
    const [, read] = (await requests()).requests;
    expect(read).toMatchObject({ credential: "sandbox-api-key" });
    expect(read.recipients).toBeUndefined();
  });

  it("records what a faulted request really did for each recipient", async () => {
    await sandbox.post("/__sandbox/faults", { status: 500, apply: true });
    await sandbox.post("/__sandbox/faults", { status: 500 });
    await hsm(STRANGER);
    await hsm(STRANGER);
    const [applied, refused] = (await requests()).requests;
    expect(applied.recipients).toEqual([
      { to: STRANGER, status: "sent", msgId: expect.any(String) },
    ]);
    expect(refused.recipients).toEqual([{ to: STRANGER, status: null, msgId: null }]);
  });

  it("filters by path, path prefix, since, until, token, recipient, afterId and limit", async () => {
    await sandbox.post("/__sandbox/config", { accounts: [{ token: TOKEN }, { token: "b" }] });
    at(0);
    await hsm("6281200000001");
    at(500);
    await sandbox.wa("/whatsapp/sendText", { to: "6281200000002", message: "x" });
    at(1000);
    await hsm("6281200000003", "b");
    await sandbox.hd("GET", "/api/v2/report/ticket/?ticketCode=1001");
    const ids = async (query: string) =>
      (await requests(query)).requests.map((r: { id: number }) => r.id);
    expect(await ids("")).toEqual([1, 2, 3, 4]);
    expect(await ids("?path=/whatsapp/sendHsm/welcome_msg")).toEqual([1, 3]);
    expect(await ids("?path=/whatsapp/*")).toEqual([1, 2, 3]);
    expect(await ids(`?since=${new Date(NOW.getTime() + 500).toISOString()}`)).toEqual([2, 3, 4]);
    expect(await ids(`?since=${NOW.getTime() + 1000}`)).toEqual([3, 4]);
    expect(await ids(`?until=${NOW.getTime() + 500}`)).toEqual([1, 2]);
    expect(await ids("?token=b")).toEqual([3]);
    expect(await ids("?to=081200000002")).toEqual([2]);
    expect(await ids("?afterId=1&limit=2")).toEqual([2, 3]);
    const bare = (await requests("?detail=false")).requests[0];
    expect(bare).not.toHaveProperty("body");
    expect(bare).not.toHaveProperty("headers");
    expect(bare).toMatchObject({ id: 1, status: 200, recipients: [{ status: "sent" }] });
    expect((await sandbox.get("/__sandbox/requests?since=yesterday")).status).toBe(400);
  });

  it("lists one row per recipient", async () => {
    await hsm(["6281200000001", "6281200000002"]);
    await hsm("6281200000001");
    const { body } = await sandbox.get("/__sandbox/requests/recipients?to=6281200000001");
    expect(body.recipients).toEqual([
      expect.objectContaining({
        requestId: 1,
        to: "6281200000001",
        status: "sent",
        httpStatus: 200,
      }),
      expect.objectContaining({ requestId: 2, to: "6281200000001", status: "sent" }),
    ]);
  });
});

describe("summary", () => {
  it("counts requests per recipient and the busiest window per token", async () => {
    await sandbox.post("/__sandbox/config", { rateLimit: { max: 2, windowMs: 1000 } });
    const plan: [number, string][] = [
      [0, "6281200000001"],
      [100, "6281200000002"],
      [200, "6281200000003"], // 429: third in the window
      [1100, "6281200000003"], // the retry
      [1150, "6281200000004"],
    ];
    for (const [ms, to] of plan) {
      at(ms);
      await hsm(to);
    }
    const body = await summary();
    expect(body).toMatchObject({
      requests: 5,
      applied: 5,
      faulted: 0,
      firstAt: NOW.toISOString(),
      lastAt: new Date(NOW.getTime() + 1150).toISOString(),
      windowMs: 1000,
      byPath: { "/whatsapp/sendHsm/welcome_msg": 5 },
      byStatus: { "200": 4, "429": 1 },
      tokens: {
        [TOKEN]: {
          requests: 5,
          accepted: 4,
          maxInWindow: 3,
          busiestWindowAt: NOW.toISOString(), // the first of the busiest spans
          maxAcceptedInWindow: 2,
        },
      },
      recipients: {
        distinct: 4,
        requests: 5,
        sent: 4,
        maxRequestsPerRecipient: 2,
        maxSentPerRecipient: 1,
        withMoreThanOneRequest: 1,
        withMoreThanOneSent: 0,
        neverSent: 0,
        repeated: [{ to: "6281200000003", requests: 2, sent: 1 }],
      },
      dropped: 0,
    });
    expect(body.recipients.perRecipient).toBeUndefined();
    const wide = await summary("?windowMs=2000&perRecipient=true");
    expect(wide.tokens[TOKEN].maxInWindow).toBe(5);
    expect(wide.recipients.perRecipient["6281200000003"]).toEqual({ requests: 2, sent: 1 });
  });

  it("applies the same filters", async () => {
    await hsm("6281200000001");
    at(2000);
    await hsm("6281200000002");
    const body = await summary(`?since=${NOW.getTime() + 1000}`);
    expect(body.requests).toBe(1);
    expect(body.recipients.distinct).toBe(1);
  });

  // Real HTTP requests: allow for a busy machine.
  it("counts 600 concurrent single-recipient requests, one each", { timeout: 90_000 }, async () => {
    const numbers = Array.from({ length: 600 }, (_, i) => `62812${String(i).padStart(7, "0")}1`);
    for (let i = 0; i < numbers.length; i += 50) {
      await Promise.all(numbers.slice(i, i + 50).map((to) => hsm(to)));
    }
    const body = await summary();
    expect(body.requests).toBe(600);
    expect(body.recipients).toMatchObject({
      distinct: 600,
      sent: 600,
      maxRequestsPerRecipient: 1,
      maxSentPerRecipient: 1,
    });
  });
});

describe("bounded memory", () => {
  it("keeps at most maxEntries and drops the oldest details beyond the budget", async () => {
    const small = await startTestSandbox({ log: { maxEntries: 50, maxDetailChars: 20_000 } });
    try {
      for (let i = 0; i < 120; i++) {
        await small.wa("/whatsapp/sendHsm/welcome_msg", {
          to: `62812000${String(i).padStart(4, "0")}1`,
          param: ["a", "b"],
        });
      }
      const { body } = await small.get("/__sandbox/requests");
      expect(body.dropped).toBe(70);
      expect(body.requests).toHaveLength(50);
      expect(body.requests[0].id).toBe(71);
      const first = body.requests[0];
      const last = body.requests.at(-1);
      // Old entries keep their compact record; the newest keep everything.
      expect(first).toMatchObject({ detail: false, status: 200, recipients: [{ status: "sent" }] });
      expect(last.body).toMatchObject({ param: ["a", "b"] });
      expect(last.response).toMatchObject({ responseCode: "000" });
      const counted = (await small.get("/__sandbox/requests/summary")).body;
      expect(counted).toMatchObject({ requests: 50, dropped: 70 });
    } finally {
      await small.close();
    }
  });
});
