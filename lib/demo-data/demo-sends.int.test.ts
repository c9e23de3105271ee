// The demo's month of sends (prisma/seed.ts), written into a real migrated database and read
// back the way History reads it.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_SEND_DAYS, DEMO_SEND_KEY_PREFIX, seedDemoSends } from "./demo-sends";

const { db } = await import("@/lib/db/client");
const { listSendsPage } = await import("@/lib/history/query/list-sends-page");
const { parseHistoryQuery } = await import("@/lib/history/filter-schema");

// Now: History lists recent days by default.
const NOW = new Date();
let pools: { userIds: string[]; senderId: string };

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: "agent@demo.kabar", name: "Budi Agent", passwordHash: "!", role: "agent" },
  });
  const sender = await db.senderNumber.create({
    data: {
      label: "Sandbox CS line",
      number: "+6281100000001",
      tokenCipher: "x",
      tokenLast4: "oken",
      isDefault: true,
    },
  });
  pools = { userIds: [user.id], senderId: sender.id };
});

describe("the demo's send history", () => {
  it("is a month of realistic sends, marked as demo data, written once", async () => {
    expect(await seedDemoSends(db, pools, { now: NOW })).toEqual({ written: 600 });
    const sends = await db.send.findMany({ include: { recipients: true } });
    expect(sends).toHaveLength(600);
    expect(sends.every((s) => s.idempotencyKey.startsWith(DEMO_SEND_KEY_PREFIX))).toBe(true);
    expect(sends.every((s) => s.composeId === s.idempotencyKey)).toBe(true);
    expect(sends.every((s) => s.senderNumberId === pools.senderId)).toBe(true);
    const days = new Set(sends.map((s) => s.createdAt.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(DEMO_SEND_DAYS - 2);
    const oldest = Math.min(...sends.map((s) => s.createdAt.getTime()));
    expect(NOW.getTime() - oldest).toBeLessThanOrEqual(DEMO_SEND_DAYS * 86_400_000);
    expect(new Set(sends.map((s) => s.outcome))).toEqual(
      new Set(["sent", "failed", "partial", "unknown"]),
    );
    expect(sends.every((s) => s.recipients.length === s.recipientCount)).toBe(true);

    // A second demo start adds nothing.
    expect(await seedDemoSends(db, pools, { now: NOW })).toEqual({ written: 0 });
    expect(await db.send.count()).toBe(600);
    // 600 sends and their recipients in one transaction: slow on a busy machine, not waiting.
  }, 120_000);

  it("is what History lists", async () => {
    const parsed = parseHistoryQuery({});
    if (!parsed.ok) throw new Error("query");
    const page = await listSendsPage(db, parsed.query, {
      timeZone: "Asia/Jakarta",
      pageSize: 20,
      environmentSender: { label: "Environment sender", number: "+6281100000009" },
    });
    expect(page.rows).toHaveLength(20);
  });
});
