// Load script for the helpdesk board: N signed-in clients keep the board open for M seconds
// against a production build and the Damcorp sandbox (its real per-credential rate limit), and
// the script prints what they saw and what reached the helpdesk. Bounded and loopback only.
// Not a test: figures depend on the machine; docs/board-load.md records them.
//
// Usage (after `NEXT_DIST_DIR=.next-bench npx next build`):
//   NEXT_DIST_DIR=.next-bench npx tsx scripts/bench-board.ts [--clients 50] [--seconds 60]
//     [--refresh 15] [--rate-limit 60] [--app-port 6602] [--sandbox-port 6603]
//
// Each client signs in, loads the three columns the way the board does (page 1 of the last 30
// days; every third client looks at the last 7 days instead), and then refreshes them every
// `--refresh` seconds, as the board's fastest auto-refresh does. "Errors shown" counts answers
// the board would show as a failure (anything but HTTP 200); "stale" counts 200s that carry
// the last good tickets with their age because the helpdesk could not be asked.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSandbox } from "@/sandbox/server";
import { createMigratedDatabase } from "@/tests/support/temp-db";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    refresh: { type: "string", default: "15" },
    "rate-limit": { type: "string", default: "60" },
    "app-port": { type: "string", default: "6602" },
    "sandbox-port": { type: "string", default: "6603" },
  },
});
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const REFRESH_MS = Number(args.refresh) * 1000;
const RATE_LIMIT = Number(args["rate-limit"]);
const APP_PORT = Number(args["app-port"]);
const SANDBOX_PORT = Number(args["sandbox-port"]);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const API_KEY = "bench-helpdesk-key";
const appUrl = `http://127.0.0.1:${APP_PORT}`;

for (const [name, value] of Object.entries({ CLIENTS, SECONDS, REFRESH_MS, RATE_LIMIT })) {
  if (!(value > 0)) throw new Error(`${name} must be a positive number`);
}
if (CLIENTS > 200 || SECONDS > 600) throw new Error("Bounded: at most 200 clients for 10 minutes");
if (!existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
  console.error(`No production build in ${DIST_DIR}: run NEXT_DIST_DIR=${DIST_DIR} npx next build`);
  process.exit(1);
}

const sandbox = await startSandbox({
  port: SANDBOX_PORT,
  apiKey: API_KEY,
  rateLimit: { max: RATE_LIMIT, windowMs: 60_000 },
});
const database = createMigratedDatabase();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: DIST_DIR,
  DATABASE_URL: database.url,
  DAMCORP_WHATSAPP_URL: sandbox.url,
  DAMCORP_HELPDESK_URL: sandbox.url,
  DAMCORP_HELPDESK_API_KEY: API_KEY,
  NEXTAUTH_URL: appUrl,
  NEXTAUTH_SECRET: "bench-session-secret-not-for-production-0123",
  KABAR_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
  KABAR_DATA_DIR: `${database.file}-files`,
  PORT: String(APP_PORT),
};

let app: ChildProcess | undefined;
const cleanUp = async () => {
  app?.kill("SIGTERM");
  await sandbox.close();
  rmSync(path.dirname(database.file), { recursive: true, force: true });
};

try {
  await runTool("node_modules/.bin/tsx", ["prisma/seed.ts", "--without-sends"]);
  app = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(APP_PORT)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${appUrl}/api/health`);
  await run();
} finally {
  await cleanUp();
}

function runTool(command: string, argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env, stdio: ["ignore", "ignore", "inherit"] });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`)),
    );
  });
}

async function waitFor(url: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** A signed-in session cookie, through next-auth's credentials callback like the sign-in form. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: "kabar-demo", json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed (HTTP ${response.status})`);
  return session;
}

type Tally = {
  answers: number;
  ok: number;
  stale: number;
  errors: Map<string, number>;
  latencies: number[];
};

function day(offset: number): string {
  const d = new Date(Date.now() + 7 * 3600_000); // the demo's zone, Asia/Jakarta
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

async function loadColumn(cookie: string, status: string, days: number, tally: Tally) {
  const query = new URLSearchParams({
    status,
    from: day(-(days - 1)),
    to: day(0),
    page: "1",
    perPage: "20",
  });
  const started = performance.now();
  let label: string;
  try {
    const response = await fetch(`${appUrl}/api/tickets?${query.toString()}`, {
      headers: { cookie, accept: "application/json" },
    });
    const body = (await response.json().catch(() => null)) as {
      stale?: unknown;
      code?: string;
    } | null;
    label = response.ok ? "ok" : `HTTP ${response.status} ${body?.code ?? ""}`.trim();
    if (response.ok && body?.stale) tally.stale += 1;
  } catch (error) {
    label = `no answer (${(error as Error).message})`;
  }
  tally.latencies.push(performance.now() - started);
  tally.answers += 1;
  if (label === "ok") tally.ok += 1;
  else tally.errors.set(label, (tally.errors.get(label) ?? 0) + 1);
}

async function client(index: number, cookie: string, until: number, tally: Tally) {
  const days = index % 3 === 2 ? 7 : 30;
  // Clients do not all open the board in the same millisecond.
  await new Promise((r) => setTimeout(r, Math.random() * Math.min(REFRESH_MS, 5_000)));
  while (Date.now() < until) {
    const round = Date.now();
    await Promise.all(
      ["open", "processing", "closed"].map((s) => loadColumn(cookie, s, days, tally)),
    );
    await new Promise((r) => setTimeout(r, Math.max(0, round + REFRESH_MS - Date.now())));
  }
}

async function run() {
  const accounts = ["admin@demo.kabar", "agent@demo.kabar", "viewer@demo.kabar"];
  const cookies: string[] = [];
  for (let i = 0; i < CLIENTS; i++) cookies.push(await signIn(accounts[i % accounts.length]!));
  await fetch(`${sandbox.url}/__sandbox/reset`, { method: "POST" });

  const tally: Tally = { answers: 0, ok: 0, stale: 0, errors: new Map(), latencies: [] };
  const started = Date.now();
  const until = started + SECONDS * 1000;
  await Promise.all(cookies.map((cookie, i) => client(i, cookie, until, tally)));
  const elapsed = (Date.now() - started) / 1000;

  const summary = (await (
    await fetch(`${sandbox.url}/__sandbox/requests/summary?path=/api/v2/report/tickets/*`)
  ).json()) as { requests: number; byStatus: Record<string, number> };
  const upstream = summary.requests;
  const limited = summary.byStatus["429"] ?? 0;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const errors = tally.answers - tally.ok;

  console.log(
    `board under load: ${CLIENTS} clients × ${SECONDS} s, refresh every ${REFRESH_MS / 1000} s, helpdesk limit ${RATE_LIMIT}/min`,
  );
  console.log(`  /api/tickets answers      ${tally.answers} in ${elapsed.toFixed(1)} s`);
  console.log(`  errors shown              ${errors}`);
  for (const [label, n] of [...tally.errors].sort((a, b) => b[1] - a[1]))
    console.log(`    ${label.padEnd(24)}${n}`);
  console.log(`  stale (last good, aged)   ${tally.stale}`);
  console.log(`  upstream helpdesk calls   ${upstream} (${limited} answered 429)`);
  console.log(
    `  latency p50 / p95 / max   ${pct(0.5)?.toFixed(0)} / ${pct(0.95)?.toFixed(0)} / ${sorted.at(-1)?.toFixed(0)} ms`,
  );
}
