// The delivery engine against the Damcorp sandbox over real HTTP and a real database: every
// request a durable row claimed under a lease and marked dispatched before it leaves; 429 waited
// out however long (the clock is injected: no test waits real seconds), 503 and refused
// connections retried after a pause, timeouts, dropped connections and 500 recorded as unknown and
// never sent again by themselves; composer work before bulk work; a sender's pace never exceeded
// by two workers sharing the database; recovery of what a dead worker left.
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHarness, SANDBOX_TOKEN, type SandboxHarness } from "@/tests/support/sandbox-harness";
import { ManualClock } from "@/tests/support/manual-clock";
import { db } from "@/lib/db/client";
import {
  buildMessageRequest,
  checkMessageRequest,
  createDamcorpClient,
  type MessageCall,
} from "@/lib/damcorp";
import { e164Of } from "@/lib/phone/normalize";
import { sealSecret } from "@/lib/security/secrets";
import { getComposeState, getSendState } from "@/lib/sends/get-compose-state";
import { realClock, type Clock } from "./clock";
import { enqueueDeliveries, type DeliveryRequest } from "./enqueue";
import { setPaceRate } from "./sql";
import { DeliveryWorker, type DeliveryOptions } from "./worker";
import { pause, until as waitUntil } from "@/tests/support/wait-until";

const until = <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string) =>
  waitUntil(read, done, what, { timeoutMs: 15_000 });

let sandbox: SandboxHarness;
beforeAll(async () => {
  sandbox = await startHarness({ rateLimit: { max: 100_000, windowMs: 60_000 } });
});
afterAll(async () => {
  await sandbox?.close();
});

const running: DeliveryWorker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.stop()));
  await sandbox.reset();
});

let counter = 0;
/** A unique Indonesian mobile number, as digits. */
function freshDigits(): string {
  counter += 1;
  return `62812${String(process.pid % 1e4).padStart(4, "0")}${String(counter).padStart(4, "0")}`;
}

/** A sender of its own (its own pace row), with the sandbox's token. */
async function freshSender(): Promise<string> {
  const row = await db.senderNumber.create({
    data: {
      label: `Sender ${counter}`,
      number: `+6281100${String(++counter).padStart(5, "0")}`,
      tokenCipher: sealSecret(SANDBOX_TOKEN),
      tokenLast4: "oken",
    },
  });
  return row.id;
}

/** A one-recipient template send (templates need no 24-hour window), built from the table. */
function templateRequest(
  senderKey: string,
  to: string = freshDigits(),
  extra: Partial<DeliveryRequest> = {},
): DeliveryRequest {
  const call: MessageCall = {
    type: "hsm",
    input: { templateName: "welcome_msg", to: [e164Of(to)], params: ["Toko", "CS"] },
  };
  const checked = checkMessageRequest(buildMessageRequest(call));
  if (!checked.ok) throw new Error("test request does not pass the table");
  return {
    idempotencyKey: crypto.randomUUID(),
    composeId: crypto.randomUUID(),
    userId: null,
    senderKey,
    request: checked.request,
    to: [to],
    media: [],
    priority: "interactive",
    requestHash: "test",
    summary: "welcome_msg",
    templateName: "welcome_msg",
    draft: null,
    ticketCode: null,
    ...extra,
  };
}

const fastRate = { limit: 1000, periodMs: 1000 };

function enqueue(requests: DeliveryRequest[], rate = fastRate) {
  return enqueueDeliveries(db, requests, { rateOf: () => rate });
}

function startWorker(
  options: Partial<DeliveryOptions> & {
    clock?: Clock;
    url?: () => string;
    timeoutMs?: number;
  } = {},
): DeliveryWorker {
  const { clock = realClock, url = () => sandbox.url, timeoutMs = 2_000, ...rest } = options;
  const worker = new DeliveryWorker(
    {
      db,
      clock,
      clientFor: async () =>
        createDamcorpClient({
          whatsappUrl: url(),
          helpdeskUrl: url(),
          token: SANDBOX_TOKEN,
          timeoutMs,
          retry: { maxAttempts: 1 },
        }),
      resolveMedia: () => Promise.reject(new Error("no media in these tests")),
    },
    {
      concurrency: 2,
      leaseMs: 60_000,
      heartbeatMs: 10_000,
      pollMs: 20,
      horizonMs: 250,
      backoff: { baseMs: 1_000, maxMs: 60_000, random: () => 1 },
      ...rest,
    },
  );
  running.push(worker);
  void worker.start();
  return worker;
}

/** An address where nothing listens (a port just freed). */
async function unusedAddress(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** Moves a manual clock on in steps, letting the engine run between them, until `done`. */
async function advanceUntil(clock: ManualClock, stepMs: number, done: () => Promise<boolean>) {
  for (let i = 0; i < 2_000; i++) {
    if (await done()) return;
    clock.advance(stepMs);
    await pause(5);
  }
  throw new Error("the engine did not get there");
}

const rowsOf = (ids: string[]) =>
  db.send.findMany({
    where: { id: { in: ids } },
    include: { recipients: true },
    orderBy: { createdAt: "asc" },
  });
const finalRows = (ids: string[]) => async () =>
  (await rowsOf(ids)).every((r) => !["queued", "dispatched"].includes(r.outcome));

describe("delivery", () => {
  it("sends every queued request once, marked dispatched first and recorded after", async () => {
    const sender = await freshSender();
    const requests = Array.from({ length: 6 }, () => templateRequest(sender));
    const { created } = await enqueue(requests);
    expect(created).toHaveLength(6);
    expect((await rowsOf(created)).every((r) => r.outcome === "queued" && r.attempts === 0)).toBe(
      true,
    );

    startWorker();
    const rows = await until(
      () => rowsOf(created),
      (rs) => rs.every((r) => r.outcome === "sent"),
      "sent",
    );
    for (const row of rows) {
      expect(row).toMatchObject({ attempts: 1, leaseOwner: null, httpStatus: 200 });
      expect(row.dispatchedAt).toBeInstanceOf(Date);
      expect(row.recipients[0]).toMatchObject({ status: "sent", msgId: expect.any(String) });
    }
    const summary = await sandbox.summary({ path: "/whatsapp/*" });
    expect(summary.recipients).toMatchObject({ distinct: 6, maxRequestsPerRecipient: 1 });
  });

  it("the same key again sends nothing; the same key with other content is refused", async () => {
    const sender = await freshSender();
    const request = templateRequest(sender);
    await enqueue([request]);
    expect(await enqueue([request])).toMatchObject({ created: [], existing: [expect.any(String)] });
    await expect(enqueue([{ ...request, requestHash: "other" }])).rejects.toMatchObject({
      code: "idempotency_conflict",
    });
    expect(await db.send.count({ where: { idempotencyKey: request.idempotencyKey } })).toBe(1);
  });

  it("composer sends go before bulk work queued earlier", async () => {
    const sender = await freshSender();
    const bulk = Array.from({ length: 5 }, () =>
      templateRequest(sender, freshDigits(), { priority: "bulk" }),
    );
    const urgent = templateRequest(sender);
    await enqueue(bulk);
    const { created } = await enqueue([urgent]);
    startWorker({ concurrency: 1 });
    await until(
      () => db.send.count({ where: { senderKey: sender, outcome: "sent" } }),
      (n) => n === 6,
      "all sent",
    );
    const mine = new Set([...bulk, urgent].map((r) => e164Of(r.to[0]!)));
    const order = (await sandbox.requests())
      .map((r) => (r.body as { to?: string[] }).to?.[0] ?? "")
      .filter((to) => mine.has(to));
    expect(order).toHaveLength(6);
    expect(order[0]).toBe(e164Of(urgent.to[0]!));
    expect(created).toHaveLength(1);
  });
});

describe("Damcorp's answers", () => {
  it("waits out a 429 however long its Retry-After, visibly, never failing it", async () => {
    const clock = new ManualClock();
    const sender = await freshSender();
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 429, retryAfter: 45 });
    const request = templateRequest(sender);
    const { created } = await enqueue([request]);
    startWorker({ clock });

    const waiting = await until(
      () => db.send.findUniqueOrThrow({ where: { id: created[0] } }),
      (row) => row.outcome === "queued" && row.attempts === 1,
      "the 429 recorded",
    );
    expect(waiting).toMatchObject({ waitReason: "rate_limited", httpStatus: 429 });
    expect(waiting.notBefore!.getTime()).toBe(clock.now() + 45_000);
    const state = await getComposeState(request.composeId!, { now: new Date(clock.now()) });
    expect(state).toMatchObject({ done: false, queued: 1 });
    expect(state.sends[0]!.waiting).toStrictEqual({
      reason: "rate_limited",
      until: waiting.notBefore!.toISOString(),
    });
    expect(state.sends[0]!.recipients[0]).toMatchObject({
      status: "waiting",
      reason: expect.stringMatching(
        /^Not sent yet: waiting for Damcorp's rate limit until \d\d:\d\d:\d\d\.$/,
      ),
    });
    // History's page of that one request says the same.
    expect(
      (await getSendState(created[0]!, { now: new Date(clock.now()) }))?.waiting,
    ).toStrictEqual(state.sends[0]!.waiting);
    const pace = await db.senderPace.findUniqueOrThrow({ where: { senderKey: sender } });
    expect(pace).toMatchObject({ pauseReason: "rate_limited" });
    expect(pace.slowdown).toBeLessThan(1);

    clock.advance(44_000);
    await pause(100);
    expect((await sandbox.requests()).length).toBe(1); // not a second before Damcorp allowed

    await advanceUntil(clock, 500, finalRows(created));
    const [row] = await rowsOf(created);
    expect(row).toMatchObject({ outcome: "sent", attempts: 2, waitReason: null, notBefore: null });
    expect((await sandbox.requests()).map((r) => r.status)).toStrictEqual([429, 200]);
  });

  it("503 backs off and retries, growing the pause", async () => {
    const clock = new ManualClock();
    const sender = await freshSender();
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 503, times: 2 });
    const { created } = await enqueue([templateRequest(sender)]);
    startWorker({ clock });

    const first = await until(
      () => db.send.findUniqueOrThrow({ where: { id: created[0] } }),
      (row) => row.attempts === 1 && row.outcome === "queued",
      "first 503",
    );
    expect(first.waitReason).toBe("service_unavailable");
    expect(first.notBefore!.getTime() - clock.now()).toBe(1_000);
    await advanceUntil(clock, 250, finalRows(created));
    expect(await rowsOf(created)).toMatchObject([{ outcome: "sent", attempts: 3 }]);
    expect((await sandbox.requests()).map((r) => r.status)).toStrictEqual([503, 503, 200]);
  });

  it("a refused connection backs off and retries; nothing was sent meanwhile", async () => {
    const clock = new ManualClock();
    const sender = await freshSender();
    let url = await unusedAddress(); // nothing listens there: the connection is refused
    const { created } = await enqueue([templateRequest(sender)]);
    startWorker({ clock, url: () => url });
    await until(
      () => db.send.findUniqueOrThrow({ where: { id: created[0] } }),
      (row) => row.attempts === 1 && row.outcome === "queued",
      "refused",
    ).then((row) => expect(row.waitReason).toBe("connection_refused"));
    url = sandbox.url;
    await advanceUntil(clock, 250, finalRows(created));
    expect(await rowsOf(created)).toMatchObject([{ outcome: "sent", attempts: 2 }]);
    expect(await sandbox.requests()).toHaveLength(1);
  });

  it.each([
    ["no answer in time", { delayMs: 1_500 }, "timeout"],
    [
      "a connection dropped after the request took effect",
      { dropConnection: true, apply: true },
      "connection_lost",
    ],
    ["HTTP 500 after the request took effect", { status: 500, apply: true }, "server_error"],
  ] as const)("%s is unknown, and never sent again by itself", async (_name, fault, code) => {
    const clock = new ManualClock();
    const sender = await freshSender();
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", ...fault });
    const request = templateRequest(sender);
    const { created } = await enqueue([request]);
    startWorker({ clock, timeoutMs: 300 });
    const [row] = await until(
      () => rowsOf(created),
      (rs) => rs[0]!.outcome === "unknown",
      "unknown",
    );
    expect(row).toMatchObject({ errorCode: code, attempts: 1 });
    expect(row!.errorMessage).toMatch(/may or may not have sent this/);
    expect(row!.recipients[0]).toMatchObject({ status: "unknown" });

    clock.advance(24 * 3_600_000);
    await pause(1_600); // the late answer (if any) arrives; nothing is sent again
    const summary = await sandbox.summary({ path: "/whatsapp/*" });
    expect(summary.requests).toBe(1);
    const state = await getComposeState(request.composeId!);
    expect(state.sends[0]).toMatchObject({ outcome: "unknown" });
    expect(state.sends[0]!.recipients[0]!.status).toBe("unknown");
  });

  it("other refusals are final, in plain words", async () => {
    const sender = await freshSender();
    const call: MessageCall = { type: "text", input: { to: "+6281299998888", message: "Halo" } };
    const checked = checkMessageRequest(buildMessageRequest(call));
    if (!checked.ok) throw new Error("unexpected");
    const { created } = await enqueue([
      { ...templateRequest(sender, "6281299998888"), request: checked.request },
    ]);
    startWorker();
    const [row] = await until(
      () => rowsOf(created),
      (rs) => rs[0]!.outcome === "failed",
      "failed",
    );
    expect(row).toMatchObject({ errorCode: "470", attempts: 1 });
    expect(row!.errorMessage).toMatch(/24 hours/);
    expect(row!.recipients[0]).toMatchObject({ status: "error", errorCode: "470" });
  });
});

describe("several workers, one database", () => {
  it(
    "never send a row twice and never exceed the sender's pace together",
    { timeout: 60_000 },
    async () => {
      const clock = new ManualClock();
      const sender = await freshSender();
      const requests = Array.from({ length: 40 }, () => templateRequest(sender));
      const { created } = await enqueue(requests, { limit: 10, periodMs: 1_000 });
      startWorker({ clock, concurrency: 4 });
      startWorker({ clock, concurrency: 4 });
      await advanceUntil(clock, 25, finalRows(created));

      const rows = await rowsOf(created);
      expect(rows.every((r) => r.outcome === "sent" && r.attempts === 1)).toBe(true);
      expect(new Set(rows.map((r) => r.leaseOwner))).toStrictEqual(new Set([null]));
      const summary = await sandbox.summary({ path: "/whatsapp/*" });
      expect(summary.recipients).toMatchObject({ distinct: 40, maxRequestsPerRecipient: 1 });

      // Dispatch times (the engine's clock): never more than 10 in any second.
      const times = rows.map((r) => r.dispatchedAt!.getTime()).sort((a, b) => a - b);
      const busiest = Math.max(
        ...times.map((t, i) => times.filter((u, j) => j >= i && u < t + 1_000).length),
      );
      expect(busiest).toBeLessThanOrEqual(10);
      // …and close to it: 40 at 10/s take a little under 4 s (the first of them may leave a step
      // of the test clock late, letting the 10th after it go that much sooner), not much more.
      const span = times.at(-1)! - times[0]!;
      expect(span).toBeGreaterThanOrEqual(3_000);
      expect(span).toBeLessThanOrEqual(4_400);
    },
  );
});

describe("an admin's send rate", () => {
  it(
    "every worker follows a change at once: faster frees what waited, slower holds from the next request",
    { timeout: 60_000 },
    async () => {
      const clock = new ManualClock();
      const sender = await freshSender();
      const first = Array.from({ length: 6 }, () => templateRequest(sender));
      const { created } = await enqueue(first, { limit: 1, periodMs: 60_000 });
      startWorker({ clock, concurrency: 3 });
      startWorker({ clock, concurrency: 3 });
      const sentCount = async (ids: string[]) =>
        (await rowsOf(ids)).filter((r) => r.outcome === "sent").length;
      await advanceUntil(clock, 100, async () => (await sentCount(created)) === 1);
      // At 1 a minute the other five would take five minutes; the slots they hold say so.
      clock.advance(5_000);
      await pause(100);
      expect(await sentCount(created)).toBe(1);

      const changedAt = clock.now();
      await setPaceRate(db, sender, { limit: 100, periodMs: 1_000 }, changedAt);
      await advanceUntil(clock, 100, finalRows(created));
      expect(await sentCount(created)).toBe(6);
      // Within a rate check or two of the change, not the minutes the old slots said.
      expect(clock.now() - changedAt).toBeLessThan(3_000);

      await setPaceRate(db, sender, { limit: 2, periodMs: 60_000 }, clock.now());
      const slower = Array.from({ length: 2 }, () => templateRequest(sender));
      const next = (await enqueue(slower)).created;
      // The last minute already holds more than 2 dispatches: the new rate keeps these waiting…
      clock.advance(20_000);
      await pause(200);
      expect(await sentCount(next)).toBe(0);
      // …until the window has room again.
      await advanceUntil(clock, 500, finalRows(next));
      const times = (await rowsOf([...created, ...next]))
        .map((r) => r.dispatchedAt!.getTime())
        .sort((a, b) => a - b);
      expect(times.at(-2)! - times.at(-4)!).toBeGreaterThanOrEqual(60_000);
      expect((await sandbox.summary({ path: "/whatsapp/*" })).recipients).toMatchObject({
        distinct: 8,
        maxRequestsPerRecipient: 1,
      });
    },
  );
});

describe("recovery", () => {
  it("a request a dead worker had sent becomes unknown; its queued claims are sent", async () => {
    const sender = await freshSender();
    const { created } = await enqueue([templateRequest(sender), templateRequest(sender)]);
    const [inFlight, claimed] = created as [string, string];
    const past = new Date(Date.now() - 1_000);
    await db.send.update({
      where: { id: inFlight },
      data: {
        outcome: "dispatched",
        attempts: 1,
        dispatchedAt: past,
        leaseOwner: "dead",
        leaseUntil: past,
      },
    });
    await db.send.update({
      where: { id: claimed },
      data: { leaseOwner: "dead", leaseUntil: past },
    });

    startWorker();
    const rows = await until(
      () => rowsOf(created),
      (rs) => rs.every((r) => r.outcome !== "queued" && r.outcome !== "dispatched"),
      "recovered",
    );
    expect(rows.find((r) => r.id === inFlight)).toMatchObject({
      outcome: "unknown",
      errorCode: "abandoned",
      errorMessage: expect.stringMatching(/Kabar stopped .* before Damcorp answered/),
      recipients: [expect.objectContaining({ status: "unknown" })],
    });
    expect(rows.find((r) => r.id === claimed)).toMatchObject({ outcome: "sent", attempts: 1 });
    expect(await sandbox.requests()).toHaveLength(1); // only the claimed one
  });

  it("history never shows waiting when nothing works on it", async () => {
    const sender = await freshSender();
    const request = templateRequest(sender);
    await enqueue([request]);
    await db.deliveryWorker.deleteMany();
    const state = await getComposeState(request.composeId!);
    expect(state.sends[0]!.waiting).toStrictEqual({ reason: "no_worker", until: null });
    expect(state.sends[0]!.recipients[0]!.reason).toMatch(/no delivery worker is running/);
  });
});
