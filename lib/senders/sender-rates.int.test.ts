// An admin sets a sender number's send rate: what Settings and the composer read back, the audit
// trail, the default until then, and the engine's pace row (the one every worker paces by).
import { describe, expect, it } from "vitest";

process.env.DAMCORP_TOKEN = "env-token-for-rates-1234";
process.env.KABAR_DEFAULT_SEND_RATE = "60/minute";

const { db } = await import("@/lib/db/client");
const { listSenderRates, setSenderRate } = await import("./sender-rates");
const { senderRateSchema } = await import("./schema");
const { sealSecret } = await import("@/lib/security/secrets");

const admin = {
  user: {
    id: "admin-rates",
    email: "admin@test.kabar",
    name: "Admin",
    role: "admin" as const,
    sessionId: "s",
    timeZone: "Asia/Jakarta",
  },
  ip: "203.0.113.9",
};

async function sender(number: string) {
  return db.senderNumber.create({
    data: {
      label: `Line ${number}`,
      number,
      tokenCipher: sealSecret("t-0000"),
      tokenLast4: "0000",
    },
  });
}

describe("sender rates", () => {
  it("is the default until an admin sets one, then that one, for the engine too; audited", async () => {
    const line = await sender("+6281100770001");
    expect(await listSenderRates([line.id, "env"])).toStrictEqual({
      [line.id]: { limit: 60, per: "minute", isDefault: true },
      env: { limit: 60, per: "minute", isDefault: true },
    });

    await setSenderRate(
      senderRateSchema.parse({ senderId: line.id, limit: "50", per: "second" }),
      admin,
    );
    expect((await listSenderRates([line.id]))[line.id]).toStrictEqual({
      limit: 50,
      per: "second",
      isDefault: false,
    });
    expect(await db.senderPace.findUniqueOrThrow({ where: { senderKey: line.id } })).toMatchObject({
      rateLimit: 50,
      ratePeriodMs: 1000,
    });

    // The environment sender has a pace row like any other.
    await setSenderRate(
      senderRateSchema.parse({ senderId: "env", limit: 20, per: "minute" }),
      admin,
    );
    expect((await listSenderRates(["env"])).env).toMatchObject({ limit: 20, per: "minute" });

    // Setting the same rate again changes nothing and records nothing.
    await setSenderRate(
      senderRateSchema.parse({ senderId: line.id, limit: 50, per: "second" }),
      admin,
    );
    const events = await db.auditEvent.findMany({
      where: { action: "sender.rate_changed" },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => [e.target, JSON.parse(e.detail!)])).toStrictEqual([
      [
        `sender:${line.id}`,
        { from: { limit: 60, per: "minute" }, to: { limit: 50, per: "second" } },
      ],
      ["sender:env", { from: { limit: 60, per: "minute" }, to: { limit: 20, per: "minute" } }],
    ]);
    expect(events.every((e) => e.actorEmail === "admin@test.kabar" && e.ip === "203.0.113.9")).toBe(
      true,
    );
  });

  it("a removed or unknown sender is refused", async () => {
    const gone = await sender("+6281100770002");
    await db.senderNumber.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    for (const senderId of [gone.id, "no-such-sender"]) {
      await expect(
        setSenderRate(senderRateSchema.parse({ senderId, limit: 5, per: "second" }), admin),
      ).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await db.senderPace.count({ where: { senderKey: gone.id } })).toBe(0);
  });
});
