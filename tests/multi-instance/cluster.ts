// A Kabar deployment in miniature for the multi-instance test: one PostgreSQL database (made and
// migrated here, dropped at the end), the Damcorp sandbox, N `next start` web instances from one
// build (not delivering: KABAR_DELIVERY_IN_SERVER=false) and M `npm run worker` processes, all
// sharing one KABAR_DATA_DIR. Every process runs in its own process group, so a worker can be
// killed with SIGKILL whole (tsx runs the script in a child process).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresAdminUrl } from "../../scripts/lib/local-postgres.mjs";
import { waitForOk } from "../../scripts/lib/kabar-http";
import { startSandbox, type RunningSandbox } from "../../sandbox/server";
import { databaseUrl, withAdmin } from "../support/postgres-db";

export const SENDER_TOKEN = "sandbox-token";
export const HELPDESK_KEY = "multi-instance-helpdesk-key";

export type ClusterOptions = {
  distDir: string;
  /** First of the ports used: web instances on base, base+1…, the sandbox after them. */
  basePort: number;
  webInstances: number;
  workers: number;
  /** Extra environment for every Kabar process (the send rate, the lease…). */
  env?: Record<string, string>;
};

export type Cluster = {
  sandbox: RunningSandbox;
  databaseUrl: string;
  dataDir: string;
  webUrls: string[];
  /** The process group leaders of the workers, in start order. */
  workers: ChildProcess[];
  /** Kills a worker's whole process group with SIGKILL and waits for it to be gone. */
  killWorker(index: number): Promise<void>;
  /** Whether a pid (as a DeliveryWorker row records it) belongs to worker `index`'s group. */
  isOfWorker(index: number, pid: number): boolean;
  stop(): Promise<void>;
};

const tsx = "node_modules/.bin/tsx";

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!existsSync(path.join(options.distDir, "BUILD_ID"))) {
    throw new Error(
      `No production build in ${options.distDir}: the multi-instance test serves one (npm test builds it).`,
    );
  }
  const adminUrl = postgresAdminUrl();
  const prefix = process.env.KABAR_TEST_DATABASE_PREFIX || "kabar_test";
  const name = `${prefix}_multi_${process.pid}`;
  await withAdmin(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const url = databaseUrl(adminUrl, name);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "kabar-multi-"));
  const sandboxPort = options.basePort + options.webInstances;
  const sandbox = await startSandbox({
    port: sandboxPort,
    token: SENDER_TOKEN,
    apiKey: HELPDESK_KEY,
    // Far above the senders' pace: what the request log shows is Kabar's pacing, not 429s.
    rateLimit: { max: 10_000, windowMs: 1000, mode: "sliding" },
  });
  const processes: ChildProcess[] = [];
  const workers: ChildProcess[] = [];
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: options.distDir,
    DATABASE_URL: url,
    DAMCORP_WHATSAPP_URL: sandbox.url,
    DAMCORP_HELPDESK_URL: sandbox.url,
    NEXTAUTH_SECRET: "multi-instance-session-secret-not-for-production-0123",
    KABAR_SECRET_KEY: Buffer.alloc(32, 11).toString("base64"),
    KABAR_DATA_DIR: dataDir,
    DAMCORP_TOKEN: SENDER_TOKEN,
    DAMCORP_SENDER_NUMBER: "+6281100000009",
    DAMCORP_HELPDESK_API_KEY: HELPDESK_KEY,
    KABAR_DELIVERY_IN_SERVER: "false",
    KABAR_OPT_OUT_SWEEP_MINUTES: "0",
    ...options.env,
  };
  const stop = async () => {
    for (const child of processes) killGroup(child, "SIGTERM");
    await Promise.all(processes.map((child) => exited(child, 5000)));
    for (const child of processes) killGroup(child, "SIGKILL");
    await sandbox.close().catch(() => {});
    await withAdmin(adminUrl, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    ).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    execFileSync(tsx, ["scripts/db-setup.ts"], { env: base, stdio: "pipe" });
    execFileSync(tsx, ["prisma/seed.ts", "--without-sends"], { env: base, stdio: "pipe" });
    const webUrls = Array.from(
      { length: options.webInstances },
      (_, i) => `http://127.0.0.1:${options.basePort + i}`,
    );
    webUrls.forEach((webUrl, i) => {
      const port = String(options.basePort + i);
      processes.push(
        launch("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", port], {
          ...base,
          PORT: port,
          NEXTAUTH_URL: webUrl,
        }),
      );
    });
    for (let i = 0; i < options.workers; i++) {
      const worker = launch(tsx, ["--conditions=react-server", "scripts/worker.ts"], base);
      processes.push(worker);
      workers.push(worker);
    }
    await Promise.all(webUrls.map((webUrl) => waitForOk(`${webUrl}/api/auth/csrf`)));
    return {
      sandbox,
      databaseUrl: url,
      dataDir,
      webUrls,
      workers,
      async killWorker(index) {
        const worker = workers[index]!;
        killGroup(worker, "SIGKILL");
        await exited(worker, 5000);
      },
      isOfWorker: (index, pid) => processGroupOf(pid) === workers[index]!.pid,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  // Errors only, and only when something goes wrong: kept for the failure message.
  child.stderr?.on("data", (chunk: Buffer) => {
    if (process.env.KABAR_MULTI_INSTANCE_LOGS) process.stderr.write(chunk);
  });
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The process group of `pid` (field 5 of /proc/<pid>/stat); null once the process is gone. */
function processGroupOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[2]);
  } catch {
    return null;
  }
}
