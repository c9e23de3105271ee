// Kabar's own time per send: N text sends through the composer's server action (signed in, over
// HTTP to `next start`, the sandbox answering) against the same Damcorp calls made raw. Each send
// is paired with one raw call to the sandbox; Kabar's overhead is the difference. It also prints
// the server's CPU time per send (from /proc). Not a test: the figures depend on the machine.
//
// Needs a production build (`npm run build`, or NEXT_DIST_DIR=.next-x npx next build).
// Usage:
//   npx tsx scripts/bench-send.ts [--sends 30] [--runs 5] [--warmup 5] [--port 6102]
//     [--sandbox-port 6103] [--dist-dir .next]
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { startSandbox } from "@/sandbox/server";
import { KabarHttp, serverActionId, waitForOk } from "./lib/kabar-http";

const { values: args } = parseArgs({
  options: {
    sends: { type: "string", default: "30" },
    runs: { type: "string", default: "5" },
    warmup: { type: "string", default: "5" },
    port: { type: "string", default: "6102" },
    "sandbox-port": { type: "string", default: "6103" },
    "dist-dir": { type: "string", default: process.env.NEXT_DIST_DIR ?? ".next" },
  },
});
const SENDS = Number(args.sends);
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
const PORT = Number(args.port);
const DIST = args["dist-dir"];
const TOKEN = "sandbox-token";
const appUrl = `http://127.0.0.1:${PORT}`;
const dbFile = `data/bench-send-${PORT}.db`;

if (!existsSync(`${DIST}/BUILD_ID`)) {
  console.error(
    `No production build in ${DIST}: run \`npx next build\` first (or pass --dist-dir).`,
  );
  process.exit(1);
}

const sandbox = await startSandbox({
  port: Number(args["sandbox-port"]),
  token: TOKEN,
  rateLimit: { max: 1_000_000, windowMs: 60_000 },
});
const sandboxUrl = sandbox.url;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: DIST,
  DATABASE_URL: `file:./${dbFile}`,
  DAMCORP_WHATSAPP_URL: sandboxUrl,
  DAMCORP_HELPDESK_URL: sandboxUrl,
  NEXTAUTH_URL: appUrl,
  NEXTAUTH_SECRET: "bench-session-secret-not-for-production-0123456789",
  KABAR_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
  KABAR_DATA_DIR: `./data/bench-send-${PORT}-files`,
  // The headless sender ("env"): no SenderNumber row needed.
  DAMCORP_TOKEN: TOKEN,
  DAMCORP_SENDER_NUMBER: "+6281100000009",
  // Composer sends are paced per sender; the bench measures overhead, not pacing.
  KABAR_DEFAULT_SEND_RATE: "1000/second",
  PORT: String(PORT),
};

for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
execFileSync("node_modules/.bin/tsx", ["scripts/db-setup.ts"], { env, stdio: "ignore" });
execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts", "--without-sends"], {
  env,
  stdio: "ignore",
});

const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], {
  env,
  stdio: ["ignore", "ignore", "inherit"],
  detached: false,
});
const stop = () => {
  server.kill("SIGTERM");
};
process.on("exit", stop);

const kabar = new KabarHttp(appUrl);

let counter = 0;
function freshNumber(): string {
  counter += 1;
  return `+62813${String(process.pid % 1e3).padStart(3, "0")}${String(counter).padStart(5, "0")}`;
}

async function openWindow(number: string) {
  await fetch(`${sandboxUrl}/__sandbox/inbound`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ from: number, body: "Halo" }),
  });
}

async function rawSend(to: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${sandboxUrl}/whatsapp/sendText`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ token: TOKEN, to, message: "Halo, pesanan Anda sudah dikirim." }),
  });
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (!text.includes('"sent"')) throw new Error(`raw send failed: ${text}`);
  return elapsed;
}

async function actionSend(actionId: string, to: string): Promise<number> {
  const compose = {
    idempotencyKey: crypto.randomUUID(),
    senderId: "env",
    recipients: to,
    ticketCode: "",
    message: { kind: "text", body: "Halo, pesanan Anda sudah dikirim." },
  };
  const started = performance.now();
  const text = await kabar.action(actionId, "/composer", [compose]);
  const elapsed = performance.now() - started;
  if (!text.includes('"ok":true') || !text.includes('"outcome":"sent"')) {
    throw new Error(`action send did not end sent: ${text.slice(0, 400)}`);
  }
  return elapsed;
}

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  // The server is `next start`'s child when npm/npx wrappers are involved; sum the tree.
  const pids = [pid, ...childrenOf(pid)];
  const ticks = pids.reduce((sum, p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
  return (ticks * 1000) / 100; // USER_HZ = 100 on Linux
}
function childrenOf(pid: number): number[] {
  try {
    const direct = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return direct.flatMap((c) => [c, ...childrenOf(c)]);
  } catch {
    return [];
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

try {
  await waitForOk(`${appUrl}/api/health`);
  if (!(await kabar.signIn("agent@demo.kabar", "kabar-demo"))) throw new Error("sign-in failed");
  const actionId = serverActionId(DIST, "sendCompose", "composer");

  const numbers = Array.from({ length: (WARMUP + SENDS * RUNS) * 2 }, freshNumber);
  for (const n of numbers) await openWindow(n);
  let next = 0;

  for (let i = 0; i < WARMUP; i++) {
    await rawSend(numbers[next++]!);
    await actionSend(actionId, numbers[next++]!);
  }

  console.log(`Send overhead: ${RUNS} runs of ${SENDS} text sends (server action vs raw call)`);
  const all: number[] = [];
  const runP50s: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const overhead: number[] = [];
    const raws: number[] = [];
    const actions: number[] = [];
    const cpuBefore = cpuMs(server.pid!);
    let actionCpu = 0;
    for (let i = 0; i < SENDS; i++) {
      raws.push(await rawSend(numbers[next++]!));
      const before = cpuMs(server.pid!);
      actions.push(await actionSend(actionId, numbers[next++]!));
      actionCpu += cpuMs(server.pid!) - before;
      overhead.push(actions.at(-1)! - raws.at(-1)!);
    }
    void cpuBefore;
    all.push(...overhead);
    runP50s.push(quantile(overhead, 0.5));
    console.log(
      `  run ${run}: raw p50 ${ms(quantile(raws, 0.5))} · action p50 ${ms(quantile(actions, 0.5))} · ` +
        `overhead p50 ${ms(quantile(overhead, 0.5))} p95 ${ms(quantile(overhead, 0.95))} · ` +
        `server CPU ${ms(actionCpu / SENDS)} per send`,
    );
  }
  console.log(
    `Kabar's overhead over the raw call, all ${all.length} sends: p50 ${ms(quantile(all, 0.5))}, ` +
      `p95 ${ms(quantile(all, 0.95))} (run p50s ${runP50s.map((x) => x.toFixed(1)).join(", ")} ms)`,
  );
} finally {
  stop();
  await sandbox.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  rmSync(env.KABAR_DATA_DIR!, { recursive: true, force: true });
}
process.exit(0);
