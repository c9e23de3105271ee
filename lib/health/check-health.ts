import "server-only";
import { db } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import type { Dialect } from "@/lib/db/database-url";
import { deliversInThisProcess } from "@/lib/delivery/engine";
import { liveWorkerCount } from "@/lib/delivery/workers";
import { env } from "@/lib/env";

// What GET /api/health reports, for load balancers and operators: which database, whether it
// and Damcorp answer, and whether any delivery worker (composer sends and campaigns alike) has
// beaten its heartbeat recently. Reachability and counts only: no URL of the database, no
// credential, no configuration value.

export interface ServiceHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface WorkersHealth {
  /** At least one delivery worker beat within the silence limit. */
  ok: boolean;
  /** Workers (in Kabar servers or `npm run worker`) whose heartbeat is recent. */
  alive: number;
  lastHeartbeatAt: string | null;
  /** Whether this server delivers itself (KABAR_DELIVERY_IN_SERVER). */
  inThisProcess: boolean;
}

export interface Health {
  status: "ok" | "degraded";
  database: ServiceHealth & { dialect: Dialect };
  workers: WorkersHealth;
  whatsapp: ServiceHealth & { url: string };
  helpdesk: ServiceHealth & { url: string };
}

/** A driver's message may quote a connection string; its user and password never leave. */
export function withoutCredentials(message: string): string {
  return message.replace(/\/\/[^\s/@]+@/g, "//…@");
}

async function timed(check: () => Promise<void>): Promise<ServiceHealth> {
  const started = performance.now();
  try {
    await check();
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message =
      error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error);
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: withoutCredentials(message),
    };
  }
}

/** Any HTTP answer means the host is reachable; credentials are not sent. */
async function reachable(url: string): Promise<void> {
  await fetch(url, { method: "GET", signal: AbortSignal.timeout(3000), cache: "no-store" });
}

async function checkWorkers(now: Date): Promise<WorkersHealth> {
  const inThisProcess = deliversInThisProcess();
  try {
    const [alive, latest] = await Promise.all([
      liveWorkerCount(db, now),
      db.deliveryWorker.findFirst({
        orderBy: { heartbeatAt: "desc" },
        select: { heartbeatAt: true },
      }),
    ]);
    return {
      ok: alive > 0,
      alive,
      lastHeartbeatAt: latest?.heartbeatAt.toISOString() ?? null,
      inThisProcess,
    };
  } catch {
    // The database check says why.
    return { ok: false, alive: 0, lastHeartbeatAt: null, inThisProcess };
  }
}

export async function checkHealth(now = new Date()): Promise<Health> {
  const [database, workers, whatsapp, helpdesk] = await Promise.all([
    timed(async () => {
      await db.$queryRaw`SELECT 1`;
    }),
    checkWorkers(now),
    timed(() => reachable(env.DAMCORP_WHATSAPP_URL)),
    timed(() => reachable(env.DAMCORP_HELPDESK_URL)),
  ]);
  return {
    status: database.ok && workers.ok && whatsapp.ok && helpdesk.ok ? "ok" : "degraded",
    database: { ...database, dialect: dialectOf(db) },
    workers,
    whatsapp: { ...whatsapp, url: new URL(env.DAMCORP_WHATSAPP_URL).origin },
    helpdesk: { ...helpdesk, url: new URL(env.DAMCORP_HELPDESK_URL).origin },
  };
}
