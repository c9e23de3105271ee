// Throughput check for the sandbox itself (loopback only, bounded): can it take what Kabar's
// delivery and campaign benchmarks will throw at it? Starts the sandbox as its own process and prints
// figures; nothing is asserted.
//
//   npx tsx sandbox/bench.ts [--requests 10000] [--concurrency 20] [--rate 100] [--paced 2000]
//                            [--readers 50] [--read-seconds 15]
//
// 1. `requests` single-recipient template sends as fast as `concurrency` clients can go.
// 2. `paced` sends at `rate` per second (what a paced delivery engine does).
// 3. `readers` concurrent helpdesk readers for `read-seconds` (the board with many users).
// Then the request-log summary is fetched and checked for one request per recipient.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const args = new Map<string, number>();
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i]?.replace(/^--/, "");
  const value = Number(process.argv[i + 1]);
  if (!key || !Number.isFinite(value) || value < 0) throw new Error(`bad argument near ${key}`);
  args.set(key, value);
}
const arg = (name: string, fallback: number) => args.get(name) ?? fallback;
const REQUESTS = arg("requests", 10_000);
const CONCURRENCY = arg("concurrency", 20);
const RATE = arg("rate", 100);
const PACED = arg("paced", 2000);
const READERS = arg("readers", 50);
const READ_SECONDS = arg("read-seconds", 15);

const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
  env: {
    ...process.env,
    SANDBOX_PORT: "0",
    SANDBOX_HOST: "127.0.0.1",
    SANDBOX_CONFIG: JSON.stringify({ rateLimit: { max: 1_000_000, windowMs: 1000 } }),
  },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise<string>((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`sandbox exited with ${code}`)));
  child.stdout.on("data", (chunk: Buffer) => {
    const match = /listening on (http:\/\/\S+)/.exec(chunk.toString());
    if (match?.[1]) resolve(match[1]);
  });
});

function rssMb(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
const rss: number[] = [rssMb()];
const sampler = setInterval(() => rss.push(rssMb()), 1000);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

interface Phase {
  label: string;
  latencies: number[];
  errors: number;
  ms: number;
}

function report({ label, latencies, errors, ms }: Phase): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `${label}: ${latencies.length} requests in ${(ms / 1000).toFixed(1)} s = ` +
      `${((latencies.length / ms) * 1000).toFixed(0)}/s, errors ${errors}, latency ms ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} p95 ${percentile(sorted, 95).toFixed(1)} ` +
      `p99 ${percentile(sorted, 99).toFixed(1)} max ${(sorted.at(-1) ?? 0).toFixed(1)}`,
  );
}

let nextNumber = 0;
async function send(phase: Phase): Promise<void> {
  const n = nextNumber++;
  const to = `62812${String(n).padStart(7, "0")}1`;
  const started = performance.now();
  try {
    const res = await fetch(`${url}/whatsapp/sendHsm/welcome_msg`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: "sandbox-token", to, param: [`Pelanggan ${n}`, "Kabar"] }),
    });
    const body = (await res.json()) as { data?: { status?: string }[] };
    if (res.status !== 200 || body.data?.[0]?.status !== "sent") phase.errors += 1;
  } catch {
    phase.errors += 1;
  }
  phase.latencies.push(performance.now() - started);
}

async function unpaced(): Promise<Phase> {
  const phase: Phase = { label: "unpaced sends", latencies: [], errors: 0, ms: 0 };
  const started = performance.now();
  let left = REQUESTS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left > 0) {
        left -= 1;
        await send(phase);
      }
    }),
  );
  phase.ms = performance.now() - started;
  return phase;
}

async function paced(): Promise<Phase> {
  const phase: Phase = { label: `paced sends at ${RATE}/s`, latencies: [], errors: 0, ms: 0 };
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < PACED; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(phase));
  }
  await Promise.all(inFlight);
  phase.ms = performance.now() - started;
  return phase;
}

async function readers(): Promise<Phase> {
  const phase: Phase = { label: `${READERS} helpdesk readers`, latencies: [], errors: 0, ms: 0 };
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  const paths = ["open", "processing", "closed"].map(
    (status) =>
      `/api/v2/report/tickets/${status}?start_date=${from}&end_date=${today}&with_message=true&per_page=20`,
  );
  const started = performance.now();
  const until = started + READ_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: READERS }, async (_, reader) => {
      for (let i = reader; performance.now() < until; i++) {
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}${paths[i % paths.length]}`, {
            headers: { "api-key": "sandbox-api-key" },
          });
          const body = (await res.json()) as { responseCode?: string };
          if (res.status !== 200 || body.responseCode !== "000") phase.errors += 1;
        } catch {
          phase.errors += 1;
        }
        phase.latencies.push(performance.now() - t0);
      }
    }),
  );
  phase.ms = performance.now() - started;
  return phase;
}

try {
  console.log(`sandbox at ${url} (pid ${child.pid}), RSS at start ${rss[0]?.toFixed(0)} MB`);
  report(await unpaced());
  report(await paced());
  report(await readers());
  const t0 = performance.now();
  const summary = (await (await fetch(`${url}/__sandbox/requests/summary`)).json()) as {
    requests: number;
    recipients: { distinct: number; maxRequestsPerRecipient: number; sent: number };
    tokens: Record<string, { maxInWindow: number }>;
  };
  console.log(
    `summary in ${(performance.now() - t0).toFixed(0)} ms: ${summary.requests} requests, ` +
      `${summary.recipients.distinct} recipients, ${summary.recipients.sent} sent, ` +
      `max ${summary.recipients.maxRequestsPerRecipient} request(s) per recipient, ` +
      `busiest second ${summary.tokens["sandbox-token"]?.maxInWindow ?? 0} sends`,
  );
  rss.push(rssMb());
  console.log(
    `sandbox RSS MB: start ${rss[0]?.toFixed(0)}, max ${Math.max(...rss).toFixed(0)}, ` +
      `end ${rss.at(-1)?.toFixed(0)}`,
  );
} finally {
  clearInterval(sampler);
  child.kill("SIGTERM");
}
