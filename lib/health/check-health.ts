import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export interface ServiceHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface Health {
  status: "ok" | "degraded";
  database: ServiceHealth;
  whatsapp: ServiceHealth & { url: string };
  helpdesk: ServiceHealth & { url: string };
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
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  }
}

/** Any HTTP answer means the host is reachable; credentials are not sent. */
async function reachable(url: string): Promise<void> {
  await fetch(url, { method: "GET", signal: AbortSignal.timeout(3000), cache: "no-store" });
}

export async function checkHealth(): Promise<Health> {
  const [database, whatsapp, helpdesk] = await Promise.all([
    timed(async () => {
      await db.$queryRaw`SELECT 1`;
    }),
    timed(() => reachable(env.DAMCORP_WHATSAPP_URL)),
    timed(() => reachable(env.DAMCORP_HELPDESK_URL)),
  ]);
  return {
    status: database.ok && whatsapp.ok && helpdesk.ok ? "ok" : "degraded",
    database,
    whatsapp: { ...whatsapp, url: new URL(env.DAMCORP_WHATSAPP_URL).origin },
    helpdesk: { ...helpdesk, url: new URL(env.DAMCORP_HELPDESK_URL).origin },
  };
}
