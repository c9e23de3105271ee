// Several Kabar instances on one PostgreSQL behave as one Kabar (issue 11): two `next start`
// servers from one build and two `npm run worker` processes, the Damcorp sandbox, one database
// and one shared KABAR_DATA_DIR (./cluster.ts). What reaches the sandbox is counted from its
// request log; what Kabar says happened is read from the database.
//   npm test -- multi-instance     (needs a PostgreSQL server and a production build)
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KabarHttp, serverActionId } from "../../scripts/lib/kabar-http";
import { e2eDistDir, E2E_APP_PORT } from "../../scripts/lib/test-env.mjs";
import { makePdf } from "../support/media-files";
import { startCluster, type Cluster } from "./cluster";

/** The senders' pace (KABAR_DEFAULT_SEND_RATE) and what the sandbox may see beyond it. */
const RATE_PER_SECOND = 8;
/**
 * Kabar holds the rate on the dispatch times it records (checked exactly, from the database);
 * the sandbox logs arrivals, a few ms later and not all equally late. The tolerance on the
 * sandbox's side: one request, plus one for each request in that second that the machine held up
 * more than LAG_MS between its dispatch record and its arrival (on a loaded machine, a worker's
 * event loop can stall; each such request may have slipped in from the second before).
 */
const RATE_TOLERANCE = 1;
const LAG_MS = 50;
const LEASE_MS = 2000;
const PASSWORD = "kabar-demo";

let cluster: Cluster;
let database: pg.Pool;
let sendComposeId: string;
/** One signed-in agent per web instance (the same session on both: see the session test). */
let agents: KabarHttp[];

beforeAll(async () => {
  cluster = await startCluster({
    distDir: process.env.KABAR_MULTI_INSTANCE_DIST_DIR ?? e2eDistDir,
    basePort: Number(process.env.KABAR_MULTI_INSTANCE_PORT ?? E2E_APP_PORT + 20),
    webInstances: 2,
    workers: 2,
    env: {
      KABAR_DEFAULT_SEND_RATE: `${RATE_PER_SECOND}/second`,
      KABAR_DELIVERY_LEASE_MS: String(LEASE_MS),
      KABAR_DELIVERY_CONCURRENCY: "4",
    },
  });
  database = new pg.Pool({ connectionString: cluster.databaseUrl, max: 2 });
  sendComposeId = serverActionId(
    process.env.KABAR_MULTI_INSTANCE_DIST_DIR ?? e2eDistDir,
    "sendCompose",
    "composer",
  );
  const agent = new KabarHttp(cluster.webUrls[0]!);
  expect(await agent.signIn("agent@demo.kabar", PASSWORD)).toBe(true);
  agents = cluster.webUrls.map((url) => agent.useOn(url));
}, 240_000);

afterAll(async () => {
  await database?.end();
  await cluster?.stop();
});

let numberSeq = 0;
/** Fresh recipients whose 24-hour window is open (the sandbox heard from them). */
async function customers(count: number): Promise<string[]> {
  const numbers = Array.from({ length: count }, () => {
    numberSeq += 1;
    return `+62813${String(process.pid % 1000).padStart(3, "0")}${String(numberSeq).padStart(5, "0")}`;
  });
  for (const from of numbers) {
    await fetch(`${cluster.sandbox.url}/__sandbox/inbound`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from, body: "Halo" }),
    });
  }
  return numbers;
}

function compose(recipients: string[], message: object = { kind: "text", body: "Halo" }) {
  return {
    idempotencyKey: crypto.randomUUID(),
    senderId: "env",
    recipients: recipients.join("\n"),
    ticketCode: "",
    message,
  };
}

const send = (agent: KabarHttp, body: object) => agent.action(sendComposeId, "/composer", [body]);

type Summary = {
  requests: number;
  tokens: Record<string, { requests: number; maxInWindow: number }>;
  recipients: { distinct: number; maxRequestsPerRecipient: number; requests: number };
};

async function sandboxSummary(filter: Record<string, string>): Promise<Summary> {
  const query = new URLSearchParams({ path: "/whatsapp/send*", ...filter });
  const response = await fetch(`${cluster.sandbox.url}/__sandbox/requests/summary?${query}`);
  return (await response.json()) as Summary;
}

/** Requests the sandbox logged per recipient (digits as it normalises them). */
async function requestsPerRecipient(since: number): Promise<Map<string, number>> {
  const query = new URLSearchParams({ path: "/whatsapp/send*", since: String(since) });
  const response = await fetch(`${cluster.sandbox.url}/__sandbox/requests/recipients?${query}`);
  const { recipients } = (await response.json()) as { recipients: { to: string }[] };
  const counts = new Map<string, number>();
  for (const r of recipients) counts.set(r.to, (counts.get(r.to) ?? 0) + 1);
  return counts;
}

type SendRow = { id: string; outcome: string; errorCode: string | null; to: string };

async function sendsOf(key: string): Promise<SendRow[]> {
  const { rows } = await database.query<SendRow>(
    `SELECT s."id", s."outcome", s."errorCode", r."to" FROM "Send" s
     JOIN "SendRecipient" r ON r."sendId" = s."id"
     WHERE s."composeId" = (SELECT "composeId" FROM "Send" WHERE "idempotencyKey" LIKE $1 LIMIT 1)
     ORDER BY s."id"`,
    [`${key}%`],
  );
  return rows;
}

async function waitUntil<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const FINAL = new Set(["sent", "failed", "rejected", "unknown", "partial", "cancelled"]);
const allFinal = async (key: string, count: number) => {
  const rows = await sendsOf(key);
  return rows.length === count && rows.every((r) => FINAL.has(r.outcome)) ? rows : null;
};
const digits = (e164: string) => e164.replace(/^\+/, "");

/** Every one-second window [t, t + 1000) starting at an event: how many fall in it, how many lagged. */
function secondsOf(events: { at: number; lagged: boolean }[]) {
  return events.map(({ at: start }) => {
    const inside = events.filter((e) => e.at >= start && e.at < start + 1000);
    return { count: inside.length, lagged: inside.filter((e) => e.lagged).length };
  });
}
const most = (windows: { count: number }[]) => Math.max(0, ...windows.map((w) => w.count));

describe("two Kabar servers and two workers on one PostgreSQL", () => {
  it("reports PostgreSQL and both workers alive on each instance's health", async () => {
    for (const url of cluster.webUrls) {
      const response = await fetch(`${url}/api/health`);
      const health = (await response.json()) as Record<string, unknown>;
      expect(health).toMatchObject({
        status: "ok",
        database: { ok: true, dialect: "postgresql" },
        workers: { ok: true, alive: 2, inThisProcess: false },
      });
      expect(JSON.stringify(health)).not.toContain(cluster.databaseUrl);
    }
  });

  it("keeps one session across instances, and ends it on both at sign-out", async () => {
    const [onA, onB] = agents;
    for (const agent of [onA!, onB!]) {
      const page = await agent.fetch("/composer");
      expect(page.status).toBe(200);
    }
    const other = new KabarHttp(cluster.webUrls[1]!);
    expect(await other.signIn("admin@demo.kabar", PASSWORD)).toBe(true);
    const otherOnA = other.useOn(cluster.webUrls[0]!);
    expect((await otherOnA.fetch("/composer")).status).toBe(200);
    await other.signOut();
    // The cookie signed out on B is refused on A: the session ended in the database.
    const afterSignOut = await otherOnA.fetch("/composer");
    expect(afterSignOut.status).toBeGreaterThanOrEqual(300);
    expect(afterSignOut.status).toBeLessThan(400);
    expect(afterSignOut.headers.get("location")).toContain("sign-in");
  });

  it("throttles sign-in failures counted on both instances", async () => {
    const onA = new KabarHttp(cluster.webUrls[0]!);
    const onB = new KabarHttp(cluster.webUrls[1]!);
    // Three failures (the free ones for an account), alternating between the instances…
    for (const client of [onA, onB, onA]) {
      expect(await client.signIn("viewer@demo.kabar", "wrong password")).toBe(false);
    }
    // …and the right password on the other instance is refused while the delay lasts.
    expect(await onB.signIn("viewer@demo.kabar", PASSWORD)).toBe(false);
    const { rows } = await database.query<{ failures: number }>(
      `SELECT "failures" FROM "SignInThrottle" WHERE "key" = 'email:viewer@demo.kabar'`,
    );
    expect(rows[0]?.failures).toBe(3);
  });

  it("sends one compose submitted 20 times at once over both instances exactly once", async () => {
    const [to] = await customers(1);
    const body = compose([to!]);
    const since = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(agents[i % 2]!, body)),
    );
    for (const answer of answers) expect(answer).toContain('"ok":true');
    const rows = await waitUntil("the compose to finish", () => allFinal(body.idempotencyKey, 1));
    expect(rows.map((r) => r.outcome)).toEqual(["sent"]);
    const counts = await requestsPerRecipient(since);
    expect(counts.get(digits(to!))).toBe(1);
  });

  it("holds a sender's rate across both workers", async () => {
    const numbers = await customers(32);
    const first = compose(numbers.slice(0, 16));
    const second = compose(numbers.slice(16));
    const since = Date.now();
    const answers = await Promise.all([send(agents[0]!, first), send(agents[1]!, second)]);
    for (const answer of answers) expect(answer).toContain('"ok":true');
    await waitUntil("both composes to finish", async () => {
      const done = await Promise.all([
        allFinal(first.idempotencyKey, 16),
        allFinal(second.idempotencyKey, 16),
      ]);
      return done.every(Boolean) ? done : null;
    });
    const summary = await sandboxSummary({ since: String(since), windowMs: "1000" });
    expect(summary.recipients.distinct).toBe(32);
    expect(summary.recipients.maxRequestsPerRecipient).toBe(1);

    // Kabar's decisions, across both workers: never more than the rate in any second.
    const { rows } = await database.query<{ to: string; dispatchedAt: Date }>(
      `SELECT r."to", s."dispatchedAt" FROM "Send" s JOIN "SendRecipient" r ON r."sendId" = s."id"
       WHERE s."senderKey" = (SELECT "senderKey" FROM "Send" WHERE "idempotencyKey" LIKE $1 LIMIT 1)
         AND s."dispatchedAt" >= $2`,
      [`${first.idempotencyKey}%`, new Date(since)],
    );
    expect(rows).toHaveLength(32);
    const dispatched = new Map(rows.map((r) => [digits(r.to), r.dispatchedAt.getTime()]));
    const dispatchMax = most(
      secondsOf(rows.map((r) => ({ at: r.dispatchedAt.getTime(), lagged: false }))),
    );
    expect(dispatchMax).toBeLessThanOrEqual(RATE_PER_SECOND);

    // What reached the sandbox, with the stated tolerance.
    const query = new URLSearchParams({ path: "/whatsapp/send*", since: String(since) });
    const response = await fetch(`${cluster.sandbox.url}/__sandbox/requests/recipients?${query}`);
    const { recipients } = (await response.json()) as { recipients: { to: string; at: string }[] };
    const arrivals = recipients.map((r) => {
      const at = Date.parse(r.at);
      return { at, lagged: at - (dispatched.get(r.to) ?? at) > LAG_MS };
    });
    const windows = secondsOf(arrivals);
    const lags = recipients.map((r) => Date.parse(r.at) - (dispatched.get(r.to) ?? 0));
    console.log(
      `rate ${RATE_PER_SECOND}/s: Kabar dispatched at most ${dispatchMax} in any second; the sandbox ` +
        `saw at most ${most(windows)} (up to ${Math.max(...windows.map((w) => w.lagged))} in one second ` +
        `more than ${LAG_MS} ms late); ` +
        `dispatch → arrival lag up to ${Math.max(...lags)} ms`,
    );
    for (const second of windows) {
      expect(second.count).toBeLessThanOrEqual(RATE_PER_SECOND + RATE_TOLERANCE + second.lagged);
    }
    expect(summary.tokens["sandbox-token"]!.maxInWindow).toBe(most(windows));
  });

  it("serves and sends each instance's uploads from the other (one shared KABAR_DATA_DIR)", async () => {
    const pdf = makePdf(4242);
    const uploaded = await agents[0]!.fetch("/api/media/upload", {
      method: "POST",
      headers: {
        "content-type": "application/pdf",
        "x-file-name": "price-list.pdf",
        origin: cluster.webUrls[0]!,
      },
      body: new Uint8Array(pdf),
    });
    expect(uploaded.status).toBe(201);
    const { asset } = (await uploaded.json()) as { asset: { id: string } };

    const served = await agents[1]!.fetch(`/api/media/${asset.id}/file`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);

    // Sent through B, delivered by a worker: the file is read from the shared directory.
    const [to] = await customers(1);
    const body = compose([to!], {
      kind: "document",
      media: { source: "library", assetId: asset.id },
      caption: "",
      filename: "price-list.pdf",
    });
    const since = Date.now();
    expect(await send(agents[1]!, body)).toContain('"ok":true');
    const rows = await waitUntil("the document to be sent", () => allFinal(body.idempotencyKey, 1));
    expect(rows.map((r) => r.outcome)).toEqual(["sent"]);
    const query = new URLSearchParams({ path: "/whatsapp/sendDocument", since: String(since) });
    const log = (await (
      await fetch(`${cluster.sandbox.url}/__sandbox/requests?${query}`)
    ).json()) as { requests: { body?: { document?: string } }[] };
    expect(log.requests).toHaveLength(1);
    expect(log.requests[0]!.body?.document).toBe(
      `data:application/pdf;base64,${pdf.toString("base64")}`,
    );
  });

  it("carries on when a worker is killed mid bulk send: nothing sent twice, nothing lost", async () => {
    const numbers = await customers(24);
    // Some answers come slowly, so the killed worker is likely to have a request in flight.
    await fetch(`${cluster.sandbox.url}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "/whatsapp/sendText", delayMs: 2500, skip: 4, times: 6 }),
    });
    const bulk = compose(numbers);
    const since = Date.now();
    expect(await send(agents[0]!, bulk)).toContain('"ok":true');

    // Wait for a request of worker 0 to be on its way to Damcorp, then kill it.
    const inFlight = await waitUntil("worker 0 to have a request in flight", async () => {
      const { rows } = await database.query<{ id: string; pid: number }>(
        `SELECT s."id", w."pid" FROM "Send" s JOIN "DeliveryWorker" w ON w."id" = s."leaseOwner"
         WHERE s."outcome" = 'dispatched'`,
      );
      return rows.find((row) => cluster.isOfWorker(0, row.pid)) ?? null;
    });
    await cluster.killWorker(0);

    const rows = await waitUntil(
      "the other worker to finish the compose",
      () => allFinal(bulk.idempotencyKey, numbers.length),
      60_000,
    );
    const counts = await requestsPerRecipient(since);
    for (const row of rows) {
      const requests = counts.get(digits(row.to)) ?? 0;
      if (row.outcome === "sent") expect(requests, row.to).toBe(1);
      else {
        // Left while its worker died: it may have reached Damcorp, so it is never sent again.
        expect(row.outcome, row.to).toBe("unknown");
        expect(row.errorCode).toBe("abandoned");
        expect(requests, row.to).toBeLessThanOrEqual(1);
      }
    }
    expect(rows.find((row) => row.id === inFlight.id)?.outcome).toBe("unknown");
    expect(Math.max(...counts.values())).toBe(1);
    expect(rows.filter((row) => row.outcome === "sent").length).toBeGreaterThan(numbers.length / 2);
  });
});
