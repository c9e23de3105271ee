// The crash test (issue 15): the process that delivers (`npm run worker`, a real child process)
// is killed with SIGKILL at the worst moment, one request in flight at the sandbox (its answer
// held back by a delay fault) and others queued behind it, then started again. Counted at the
// sandbox: exactly one request per recipient. Counted in the database: the in-flight one unknown
// (with why), the queued ones sent once, nothing left queued or dispatched without a worker.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { startHarness, SANDBOX_TOKEN, type SandboxHarness } from "@/tests/support/sandbox-harness";
import { db } from "@/lib/db/client";
import { buildMessageRequest, checkMessageRequest, type MessageCall } from "@/lib/damcorp";
import { e164Of } from "@/lib/phone/normalize";
import { sealSecret } from "@/lib/security/secrets";
import { getComposeState } from "@/lib/sends/get-compose-state";
import { enqueueDeliveries, type DeliveryRequest } from "./enqueue";
import { until as waitUntil } from "@/tests/support/wait-until";

const until = <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string) =>
  waitUntil(read, done, what, { timeoutMs: 90_000, everyMs: 50 });

let sandbox: SandboxHarness;
beforeAll(async () => {
  sandbox = await startHarness({ rateLimit: { max: 100_000, windowMs: 60_000 } });
});
afterAll(async () => {
  await sandbox?.close();
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) killGroup(child, "SIGKILL");
});

/** The child and everything it started (tsx runs node under it): the whole process group. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** `npm run worker` as the README runs it, on this test's database and sandbox. */
function startWorkerProcess(): ChildProcess {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/worker.ts"],
    {
      cwd: root,
      detached: true, // its own process group, killed whole
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DAMCORP_WHATSAPP_URL: sandbox.url,
        DAMCORP_HELPDESK_URL: sandbox.url,
        // The in-flight request must still be waiting for its answer when the kill comes.
        DAMCORP_TIMEOUT_MS: "60000",
        // One request at a time: the first in flight, the others queued behind it.
        KABAR_DELIVERY_CONCURRENCY: "1",
        KABAR_DELIVERY_LEASE_MS: "3000",
      },
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.on("exit", (code, signal) => {
    if (code !== null && code !== 0) console.error(`worker exited ${code}:\n${output}`);
    else if (signal && signal !== "SIGKILL" && signal !== "SIGTERM") console.error(signal, output);
  });
  children.push(child);
  return child;
}

let counter = 0;
function recipient(): string {
  counter += 1;
  return `62813${String(process.pid % 1e4).padStart(4, "0")}${String(counter).padStart(4, "0")}`;
}

/** One compose, one request per recipient (as the composer sends session messages). */
function composeRequests(senderKey: string, to: string[]): DeliveryRequest[] {
  const composeId = crypto.randomUUID();
  return to.map((digits) => {
    const call: MessageCall = {
      type: "hsm",
      input: { templateName: "welcome_msg", to: [e164Of(digits)], params: ["Toko", "CS"] },
    };
    const checked = checkMessageRequest(buildMessageRequest(call));
    if (!checked.ok) throw new Error("test request does not pass the table");
    return {
      idempotencyKey: `${composeId}:${digits}`,
      composeId,
      userId: null,
      senderKey,
      request: checked.request,
      to: [digits],
      media: [],
      priority: "interactive",
      requestHash: "crash-test",
      summary: "welcome_msg",
      templateName: "welcome_msg",
      draft: null,
      ticketCode: null,
    };
  });
}

const rowsOf = (ids: string[]) =>
  db.send.findMany({
    where: { id: { in: ids } },
    include: { recipients: true },
    orderBy: { createdAt: "asc" },
  });

it(
  "SIGKILL with a request in flight and others queued: after a restart each recipient got exactly one request, the in-flight one is unknown",
  { timeout: 240_000 },
  async () => {
    const sender = await db.senderNumber.create({
      data: {
        label: "Crash test",
        number: "+6281100099999",
        tokenCipher: sealSecret(SANDBOX_TOKEN),
        tokenLast4: "oken",
      },
    });
    const to = [recipient(), recipient(), recipient()];
    const requests = composeRequests(sender.id, to);
    // Damcorp takes the first request and holds its answer back: the worst moment to die.
    await sandbox.fault({ path: requests[0]!.request.path, delayMs: 120_000, times: 1 });
    const { created } = await enqueueDeliveries(db, requests, {
      rateOf: () => ({ limit: 1000, periodMs: 1000 }),
    });
    expect(created).toHaveLength(3);

    const first = startWorkerProcess();
    const atCrash = await until(
      async () => ({ rows: await rowsOf(created), seen: (await sandbox.summary()).requests }),
      ({ rows, seen }) => rows.some((r) => r.outcome === "dispatched") && seen >= 1,
      "a request in flight",
    );
    killGroup(first, "SIGKILL");
    await new Promise((resolve) =>
      first.exitCode !== null ? resolve(null) : first.once("exit", resolve),
    );

    const inFlight = atCrash.rows.find((r) => r.outcome === "dispatched")!;
    expect(atCrash.rows.filter((r) => r.outcome === "queued")).toHaveLength(2);
    expect(inFlight).toMatchObject({ attempts: 1 });
    expect(inFlight.dispatchedAt).not.toBeNull();

    const restartedAt = Date.now();
    startWorkerProcess();
    const after = await until(
      () => rowsOf(created),
      (rows) => rows.every((r) => r.outcome !== "queued" && r.outcome !== "dispatched"),
      "every row finished after the restart",
    );
    const resumeMs = Date.now() - restartedAt;

    // The database: the in-flight one unknown with why, the two queued ones sent once each.
    const unknown = after.find((r) => r.id === inFlight.id)!;
    expect(unknown).toMatchObject({
      outcome: "unknown",
      errorCode: "abandoned",
      attempts: 1,
      errorMessage: expect.stringMatching(/Kabar stopped .* before Damcorp answered/),
      recipients: [expect.objectContaining({ status: "unknown" })],
    });
    const others = after.filter((r) => r.id !== inFlight.id);
    expect(others.map((r) => [r.outcome, r.attempts, r.recipients[0]!.status])).toStrictEqual([
      ["sent", 1, "sent"],
      ["sent", 1, "sent"],
    ]);
    // No lease holds any of them (the unknown one keeps its dead worker's name, whose lease is over:
    // a late answer from that worker would still be the better truth).
    expect(others.every((r) => r.leaseOwner === null)).toBe(true);
    expect(unknown.leaseUntil!.getTime()).toBeLessThan(Date.now());
    const left = await db.send.count({
      where: { senderKey: sender.id, outcome: { in: ["queued", "dispatched"] } },
    });
    expect(left).toBe(0);

    // The sandbox: three requests, one per recipient, none twice (the unknown one is not re-sent).
    const summary = await sandbox.summary({ path: "/whatsapp/*" });
    expect(summary.requests).toBe(3);
    expect(summary.recipients).toMatchObject({ distinct: 3, maxRequestsPerRecipient: 1 });

    // And the composer's view: final, with the unknown one explained, nothing "waiting".
    const state = await getComposeState(requests[0]!.composeId!);
    expect(state.sends.every((s) => s.waiting === null || s.waiting === undefined)).toBe(true);
    console.info(`crash test: resumed and finished ${resumeMs} ms after the restart`);
  },
);
