// The delivery engine at a sustained rate (issue 15): N template requests queued as bulk work
// (as campaigns queue them) for the DAMCORP_TOKEN sender, delivered by `npm run worker` (a real
// child process) to the Damcorp sandbox, whose rate limit is R a second, with the sender's rate
// set to R in the database (as an admin sets it in Settings). Then the same again, killed with
// SIGKILL half way and started again. Prints, per run:
//   - sustained rate as a fraction of R (goal ≥ 95 %), from the sandbox's accepted requests;
//   - requests per recipient at the sandbox (goal exactly 1.000) and 429s (goal 0);
//   - lost: rows neither sent nor unknown at the end (goal 0);
//   - the worker's RSS sampled every second (goal flat: the last quarter no higher than the first);
//   - after the kill: duplicates at the sandbox (goal 0), unknown rows (at most the ones in
//     flight at the kill), time from the restart to the first request that leaves.
// Not a test: the figures depend on the machine (print `uptime` beside them). Loopback only.
//
// Usage: npm run bench:delivery -- [--count 10000] [--rate 50] [--concurrency 8]
//          [--sandbox-port 6102] [--no-kill | --kill-only]
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSandbox } from "@/sandbox/server";
import { createMigratedDatabase } from "../tests/support/temp-db";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    rate: { type: "string", default: "50" },
    concurrency: { type: "string", default: "8" },
    "sandbox-port": { type: "string", default: "6102" },
    "no-kill": { type: "boolean", default: false },
    "kill-only": { type: "boolean", default: false },
  },
});
const COUNT = Number(args.count);
const RATE = Number(args.rate);
const TOKEN = "sandbox-token";
const root = path.resolve(import.meta.dirname, "..");

const database = createMigratedDatabase();
Object.assign(process.env, {
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-session-secret-0123456789abcdef",
  KABAR_SECRET_KEY: process.env.KABAR_SECRET_KEY ?? Buffer.alloc(32, 7).toString("base64"),
  KABAR_DATA_DIR: path.join(os.tmpdir(), `kabar-bench-delivery-${process.pid}`),
  KABAR_OPT_OUT_SWEEP_MINUTES: "0",
  DAMCORP_TOKEN: TOKEN,
  DAMCORP_SENDER_NUMBER: "+6281100000009",
  KABAR_DEFAULT_SEND_RATE: "60/minute",
});

const { db } = await import("@/lib/db/client");
const { buildMessageRequest, checkMessageRequest } = await import("@/lib/damcorp");
const { e164Of } = await import("@/lib/phone/normalize");
const { enqueueDeliveries, ENVIRONMENT_SENDER_KEY } = await import("@/lib/delivery/enqueue");
const { setPaceRate } = await import("@/lib/delivery/sql");

type Summary = {
  requests: number;
  byStatus: Record<string, number>;
  recipients: { distinct: number; requests: number; withMoreThanOneRequest: number };
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A process and its children (tsx runs node under it). */
function tree(p: number): number[] {
  try {
    const kids = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/);
    return [p, ...kids.filter(Boolean).flatMap((k) => tree(Number(k)))];
  } catch {
    return [p];
  }
}

/** CPU time (user + system) of a process tree, in seconds. */
function cpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of tree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks / 100; // USER_HZ
}

/** RSS of a process tree, in MB. */
function rssMb(pid: number): number {
  let kb = 0;
  for (const p of tree(pid)) {
    try {
      const line = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      kb += line ? Number(line[1]) : 0;
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

function startWorker(sandboxUrl: string): ChildProcess {
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    [
      // BENCH_PROFILE=<dir>: a CPU profile of the worker, written when it stops.
      ...(process.env.BENCH_PROFILE
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
      "--conditions=react-server",
      "scripts/worker.ts",
    ],
    {
      cwd: root,
      detached: true, // its own process group: SIGKILL takes tsx and node together
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DAMCORP_WHATSAPP_URL: sandboxUrl,
        DAMCORP_HELPDESK_URL: sandboxUrl,
        KABAR_DELIVERY_CONCURRENCY: args.concurrency,
      },
    },
  );
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(null)
      : child.once("exit", resolve),
  );

let run = 0;
/** N one-recipient template requests, bulk priority, queued in batches as campaigns queue them. */
async function enqueue(count: number): Promise<string[]> {
  run += 1;
  const ids: string[] = [];
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const requests = Array.from({ length: Math.min(batch, count - start) }, (_, i) => {
      const n = start + i;
      const digits = `6281${run}${String(process.pid % 100).padStart(2, "0")}${String(n).padStart(5, "0")}1`; // never …0000 (the sandbox's "not on WhatsApp")
      const checked = checkMessageRequest(
        buildMessageRequest({
          type: "hsm",
          input: { templateName: "welcome_msg", to: [e164Of(digits)], params: ["Toko", "CS"] },
        }),
      );
      if (!checked.ok) throw new Error("bench request does not pass the table");
      return {
        idempotencyKey: `bench-${run}-${n}`,
        composeId: `bench-${run}`,
        userId: null,
        senderKey: ENVIRONMENT_SENDER_KEY,
        request: checked.request,
        to: [digits],
        media: [],
        priority: "bulk" as const,
        requestHash: `bench-${run}-${n}`,
        summary: "welcome_msg",
        templateName: "welcome_msg",
        draft: null,
        ticketCode: null,
      };
    });
    const { created } = await enqueueDeliveries(db, requests, {
      rateOf: () => ({ limit: RATE, periodMs: 1000 }),
    });
    ids.push(...created);
  }
  return ids;
}

async function outcomes(composeId: string): Promise<Record<string, number>> {
  const rows = await db.send.groupBy({
    by: ["outcome"],
    where: { composeId },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.outcome, r._count._all]));
}

async function summary(url: string): Promise<Summary> {
  const response = await fetch(`${url}/__sandbox/requests/summary?path=${"/whatsapp/*"}`);
  return (await response.json()) as Summary;
}

/** Accepted requests a second over the run, from the times the worker dispatched them. */
async function sustainedRate(composeId: string, after = 0): Promise<number> {
  const rows = await db.send.findMany({
    where: { composeId, outcome: "sent", dispatchedAt: { gt: new Date(after) } },
    select: { dispatchedAt: true },
    orderBy: { dispatchedAt: "asc" },
  });
  if (rows.length < 2) return 0;
  const span = rows.at(-1)!.dispatchedAt!.getTime() - rows[0]!.dispatchedAt!.getTime();
  return ((rows.length - 1) * 1000) / span;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const mb = (x: number) => `${x.toFixed(0)} MB`;

async function oneRun(kill: boolean) {
  const sandbox = await startSandbox({
    port: Number(args["sandbox-port"]),
    token: TOKEN,
    rateLimit: { max: RATE, windowMs: 1000 },
  });
  const ids = await enqueue(COUNT);
  const composeId = `bench-${run}`;
  // As an admin sets it in Settings: the sender's rate is what the sandbox allows.
  await setPaceRate(db, ENVIRONMENT_SENDER_KEY, { limit: RATE, periodMs: 1000 }, Date.now());

  const rss: number[] = [];
  let worker = startWorker(sandbox.url);
  const started = Date.now();
  let killed: { at: number; inFlight: number } | null = null;
  let resumeMs: number | null = null;
  let restartedAt = 0;
  let cpu = 0;
  for (;;) {
    await pause(1000);
    rss.push(rssMb(worker.pid!));
    const counts = await outcomes(composeId);
    const done = ids.length - (counts.queued ?? 0) - (counts.dispatched ?? 0);
    if (kill && !killed && (counts.sent ?? 0) >= COUNT / 2) {
      cpu += cpuSeconds(worker.pid!);
      killGroup(worker, "SIGKILL");
      await exited(worker);
      const at = Date.now();
      const after = await outcomes(composeId);
      killed = { at, inFlight: after.dispatched ?? 0 };
      restartedAt = Date.now();
      worker = startWorker(sandbox.url);
      continue;
    }
    if (killed && resumeMs === null) {
      const first = await db.send.findFirst({
        where: { composeId, dispatchedAt: { gt: new Date(restartedAt) } },
        orderBy: { dispatchedAt: "asc" },
        select: { dispatchedAt: true },
      });
      if (first) resumeMs = first.dispatchedAt!.getTime() - restartedAt;
    }
    if (done === ids.length) break;
    if (Date.now() - started > (COUNT / RATE) * 3_000 + 120_000) {
      console.error("the run did not finish in time", counts);
      break;
    }
  }
  const wall = (Date.now() - started) / 1000;
  cpu += cpuSeconds(worker.pid!);
  killGroup(worker, "SIGTERM");
  await exited(worker);

  const counts = await outcomes(composeId);
  const seen = await summary(sandbox.url);
  await sandbox.close();
  const rate = killed
    ? await sustainedRate(composeId, restartedAt)
    : await sustainedRate(composeId);
  // Lost: a row left without an outcome, or recorded as sent that the sandbox never saw.
  const lost =
    (counts.queued ?? 0) +
    (counts.dispatched ?? 0) +
    Math.max(0, (counts.sent ?? 0) - seen.recipients.distinct);
  const quarter = Math.max(1, Math.floor(rss.length / 4));
  const firstQ = Math.max(...rss.slice(0, quarter));
  const lastQ = Math.max(...rss.slice(-quarter));
  console.log(
    `\n${kill ? "Killed (SIGKILL) at 50 % and restarted" : "Uninterrupted"}: ${COUNT} requests at R = ${RATE}/s, ${wall.toFixed(0)} s`,
  );
  console.log(
    `  sustained rate ${rate.toFixed(1)}/s = ${pct(rate / RATE)} of R${killed ? " (after the restart)" : ""}`,
  );
  console.log(
    `  at the sandbox: ${seen.requests} requests for ${seen.recipients.distinct} recipients = ${(seen.recipients.requests / Math.max(1, seen.recipients.distinct)).toFixed(3)} per recipient; ${seen.byStatus["429"] ?? 0} × 429; ${seen.recipients.withMoreThanOneRequest} recipients with more than one request`,
  );
  console.log(`  database: ${JSON.stringify(counts)}; lost ${lost}`);
  console.log(
    `  worker RSS: first quarter max ${mb(firstQ)}, last quarter max ${mb(lastQ)}, min ${mb(Math.min(...rss))}, max ${mb(Math.max(...rss))} (${rss.length} samples); worker CPU ${cpu.toFixed(1)} s = ${((cpu / COUNT) * 1000).toFixed(1)} ms per request`,
  );
  const failures = await db.send.groupBy({
    by: ["errorCode", "errorMessage"],
    where: { composeId, outcome: { notIn: ["sent", "unknown"] } },
    _count: { _all: true },
  });
  for (const f of failures) {
    console.log(`  not sent: ${f._count._all} × ${f.errorCode}: ${f.errorMessage}`);
  }
  if (process.env.BENCH_DEBUG) {
    const times = (
      await db.send.findMany({
        where: { composeId, dispatchedAt: { not: null } },
        select: { dispatchedAt: true, completedAt: true },
        orderBy: { dispatchedAt: "asc" },
      })
    ).map((r) => [r.dispatchedAt!.getTime(), r.completedAt?.getTime() ?? 0] as const);
    const gaps = times
      .slice(1)
      .map(([t], i) => t - times[i]![0])
      .sort((a, b) => a - b);
    const flight = times.map(([d, c]) => c - d).sort((a, b) => a - b);
    const q = (xs: number[], f: number) => xs[Math.floor(f * (xs.length - 1))];
    console.log(
      `  dispatch gaps p50 ${q(gaps, 0.5)} p90 ${q(gaps, 0.9)} p99 ${q(gaps, 0.99)} max ${q(gaps, 1)} ms; request+record p50 ${q(flight, 0.5)} p90 ${q(flight, 0.9)} ms`,
    );
  }
  if (killed) {
    console.log(
      `  at the kill: ${killed.inFlight} in flight; after: ${counts.unknown ?? 0} unknown (goal ≤ in flight), duplicates ${seen.recipients.withMoreThanOneRequest}, first request ${resumeMs ?? "?"} ms after the restart`,
    );
  }
}

try {
  console.log(`uptime: ${readFileSync("/proc/loadavg", "utf8").trim()}`);
  if (!args["kill-only"]) await oneRun(false);
  if (!args["no-kill"]) await oneRun(true);
} finally {
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"])
    rmSync(`${database.file}${suffix}`, { force: true });
  rmSync(process.env.KABAR_DATA_DIR!, { recursive: true, force: true });
}
process.exit(0);
