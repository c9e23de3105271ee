// The composer's send path refuses an opted-out number (nothing reaches Damcorp) unless an admin
// overrides with a reason, which is audited. Against the sandbox over HTTP and a real database.
import { afterAll, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";

const sandbox = await startSandbox({ port: 0, rateLimit: { max: 10_000, windowMs: 60_000 } });
process.env.DAMCORP_WHATSAPP_URL = sandbox.url;
process.env.DAMCORP_HELPDESK_URL = sandbox.url;

const { db } = await import("@/lib/db/client");
const { sealSecret } = await import("@/lib/security/secrets");
const { submitCompose } = await import("@/lib/sends/send-compose");
const { optOutNumber } = await import("./opt-out-number");
const { startDeliveryEngine } = await import("@/lib/delivery/engine");
// Sends leave through the delivery engine, as in the server.
const engine = await startDeliveryEngine({ pollMs: 20 });

afterAll(async () => {
  await engine.stop();
  await sandbox.close();
});

const sentTo = async (to: string) => {
  const { requests } = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as {
    requests: { path: string; body: unknown }[];
  };
  return requests.filter(
    (r) => r.path === "/whatsapp/sendText" && JSON.stringify(r.body).includes(to.slice(1)),
  );
};

describe("sending to an opted-out number", () => {
  it("is refused on the recipients field; an admin's override with a reason sends and is audited", async () => {
    const user = await db.user.create({
      data: { email: "admin-optout@test.kabar", name: "Admin", role: "admin", passwordHash: "x" },
    });
    const sender = await db.senderNumber.create({
      data: {
        label: "Sandbox",
        number: "+6281100000001",
        tokenCipher: sealSecret("sandbox-token"),
        tokenLast4: "oken",
        isDefault: true,
      },
    });
    const to = "+6281277001122";
    const actor = {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: "admin" as const,
        sessionId: "s",
        timeZone: "Asia/Jakarta",
      },
      ip: "203.0.113.5",
    };
    await optOutNumber(to, { source: "contact_page", reason: "Asked by phone", actor });
    await fetch(`${sandbox.url}/__sandbox/inbound`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from: to.slice(1), body: "halo" }),
    });
    const compose = () => ({
      idempotencyKey: crypto.randomUUID(),
      senderId: sender.id,
      recipients: `0812-7700-1122\n+6281277001133`,
      message: { kind: "text" as const, body: "Promo" },
    });

    const refused = await submitCompose(compose(), { userId: user.id }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "opted_out",
      fieldErrors: {
        recipients: [
          `${to} opted out: Kabar does not send to it. Remove it, or ask an admin to override with a reason.`,
        ],
      },
    });
    expect(await sentTo(to)).toHaveLength(0);
    expect(await db.send.count()).toBe(0);

    // An agent's "override" is no override.
    const agent = { ...actor, user: { ...actor.user, role: "agent" as const } };
    await expect(
      submitCompose(
        compose(),
        { userId: user.id },
        { optOutOverride: { reason: "Promo for all", actor: agent } },
      ),
    ).rejects.toMatchObject({ code: "opted_out" });

    // An admin's reason of a letter is no reason: said next to its field.
    await expect(
      submitCompose(compose(), { userId: user.id }, { optOutOverride: { reason: "x", actor } }),
    ).rejects.toMatchObject({
      code: "opted_out",
      fieldErrors: { optOutOverrideReason: ["Say why, in a few words (at least 3 characters)"] },
    });
    expect(await db.auditEvent.count({ where: { action: "contact.opt_out_overridden" } })).toBe(0);

    await submitCompose(
      compose(),
      { userId: user.id },
      { waitMs: 5000, optOutOverride: { reason: "Customer asked for this invoice", actor } },
    );
    expect(await sentTo(to)).toHaveLength(1);
    expect(
      await db.auditEvent.findFirst({ where: { action: "contact.opt_out_overridden" } }),
    ).toMatchObject({
      target: `number ${to}`,
      detail: JSON.stringify({ reason: "Customer asked for this invoice" }),
    });
  });
});
