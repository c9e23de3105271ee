import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { upsertWorker } from "@/lib/delivery/sql";
import { WORKER_SILENCE_MS } from "@/lib/delivery/workers";
import { env } from "@/lib/env";
import { checkHealth, withoutCredentials } from "./check-health";

describe("checkHealth", () => {
  it("names the database in use and says it answers", async () => {
    const health = await checkHealth();
    expect(health.database.ok).toBe(true);
    expect(health.database.dialect).toBe(
      env.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql",
    );
  });

  it("says whether any delivery worker beat its heartbeat recently", async () => {
    const now = new Date();
    const none = await checkHealth(now);
    expect(none.workers).toEqual({
      ok: false,
      alive: 0,
      lastHeartbeatAt: null,
      inThisProcess: false,
    });
    expect(none.status).toBe("degraded");

    const silent = new Date(now.getTime() - WORKER_SILENCE_MS - 1000);
    await upsertWorker(
      db,
      { id: "gone", host: "h", pid: 1, startedAt: silent.getTime() },
      silent.getTime(),
    );
    expect((await checkHealth(now)).workers).toMatchObject({ ok: false, alive: 0 });

    await upsertWorker(
      db,
      { id: "w1", host: "h", pid: 2, startedAt: now.getTime() },
      now.getTime(),
    );
    await upsertWorker(
      db,
      { id: "w2", host: "h", pid: 3, startedAt: now.getTime() },
      now.getTime(),
    );
    const alive = await checkHealth(now);
    expect(alive.workers).toEqual({
      ok: true,
      alive: 2,
      lastHeartbeatAt: now.toISOString(),
      inThisProcess: false,
    });
  });

  it("never shows the database URL, its credentials or a secret", async () => {
    const text = JSON.stringify(await checkHealth());
    expect(text).not.toContain(env.DATABASE_URL);
    expect(text).not.toContain(env.KABAR_SECRET_KEY);
    expect(text).not.toContain(env.NEXTAUTH_SECRET);
    expect(withoutCredentials("connect postgresql://kabar:s3cret@db:5432/kabar failed")).toBe(
      "connect postgresql://…@db:5432/kabar failed",
    );
  });
});
