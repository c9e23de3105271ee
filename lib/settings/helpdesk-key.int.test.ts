import { describe, expect, it } from "vitest";

// The environment's api-key, the fallback: set before lib/env is first imported.
process.env.DAMCORP_HELPDESK_API_KEY = "env-helpdesk-key-from-environment-e1e2";

const { db } = await import("@/lib/db/client");
const { getHelpdeskApiKey } = await import("./get-helpdesk-api-key");
const { getHelpdeskKeyStatus } = await import("./get-helpdesk-key-status");
const { setHelpdeskApiKey } = await import("./set-helpdesk-api-key");
const { clearHelpdeskApiKey } = await import("./clear-helpdesk-api-key");

const ctx = {
  user: {
    id: "a1",
    email: "admin@test.kabar",
    name: "A",
    role: "admin" as const,
    sessionId: "s",
    timeZone: "Asia/Jakarta",
  },
  ip: null,
};
const storedKey = "stored-helpdesk-api-key-SECRET-s9s8";

describe("helpdesk api-key", () => {
  it("falls back to DAMCORP_HELPDESK_API_KEY while none is stored", async () => {
    expect(await getHelpdeskApiKey()).toBe("env-helpdesk-key-from-environment-e1e2");
    expect(await getHelpdeskKeyStatus()).toEqual({
      stored: null,
      environment: { last4: "e1e2" },
      inUse: "environment",
    });
  });

  it("stores a key encrypted, which then wins over the environment's", async () => {
    await setHelpdeskApiKey(storedKey, ctx);
    const row = await db.setting.findUniqueOrThrow({ where: { key: "helpdesk.apiKey" } });
    expect(row.valueCipher).toMatch(/^v1:/);
    expect(row.valueCipher).not.toContain(storedKey);
    expect(row.value).toBeNull();
    expect(row.last4).toBe("s9s8");
    expect(await getHelpdeskApiKey()).toBe(storedKey);
    const status = await getHelpdeskKeyStatus();
    expect(status).toMatchObject({ stored: { last4: "s9s8" }, inUse: "database" });
    expect(JSON.stringify(status)).not.toContain(storedKey);
  });

  it("replaces and clears, back to the environment's key", async () => {
    await setHelpdeskApiKey("replacement-key-r7r6", ctx);
    expect(await getHelpdeskApiKey()).toBe("replacement-key-r7r6");
    expect(await clearHelpdeskApiKey(ctx)).toEqual({ cleared: true });
    expect(await clearHelpdeskApiKey(ctx)).toEqual({ cleared: false });
    expect(await getHelpdeskApiKey()).toBe("env-helpdesk-key-from-environment-e1e2");
  });

  it("audits set, replace and clear without the key", async () => {
    const events = await db.auditEvent.findMany({
      where: { action: "secret.helpdesk_key_changed" },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => JSON.parse(e.detail ?? "{}").change)).toEqual([
      "set",
      "replaced",
      "cleared",
    ]);
    const text = JSON.stringify(events);
    expect(text).not.toContain(storedKey);
    expect(text).not.toContain("replacement-key-r7r6");
  });
});
