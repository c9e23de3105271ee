// The opt-out list and the composer's "Add from contacts" on a real database: latest opt-out
// first, keyset pages without gaps or repeats, filters by number and source; contacts picked by
// tag or name without the opted-out ones.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { pickRecipients } from "@/lib/contacts/pick-recipients";
import { listOptOuts } from "./list-opt-outs";
import { optOutQuerySchema } from "./list-opt-outs.schema";
import { optInNumber } from "./opt-out-number";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 8, minute));

beforeAll(async () => {
  const optOuts = [
    { e164: "+6281200000001", source: "ticket", ticketCode: "T1", optedOutAt: at(1) },
    { e164: "+6281200000002", source: "csv", optedOutAt: at(2) },
    { e164: "+6281300000003", source: "contact_page", optedOutAt: at(3) },
    // Same instant: the number breaks the tie.
    { e164: "+6281300000004", source: "csv", optedOutAt: at(3) },
    { e164: "+6281300000005", source: "csv", optedOutAt: at(5), state: "opted_in" },
  ];
  for (const o of optOuts)
    await db.optOut.create({ data: { state: "opted_out", reason: "r", ...o } });
  await db.contact.createMany({
    data: [
      { id: "c01", e164: "+6281200000001", name: "Ani", searchName: "ani", source: "manual" },
      { id: "c02", e164: "+6281299999991", name: "Budi", searchName: "budi", source: "manual" },
      { id: "c03", e164: "+6281299999992", name: "Banu", searchName: "banu", source: "manual" },
    ],
  });
  await db.contactTag.createMany({
    data: [
      { contactId: "c01", tag: "vip" },
      { contactId: "c02", tag: "vip" },
      { contactId: "c03", tag: "jakarta" },
    ],
  });
});

const numbers = (page: { rows: { e164: string }[] }) => page.rows.map((r) => r.e164);

describe("the opt-out list", () => {
  it("lists opted-out numbers latest first, in keyset pages, with their contact", async () => {
    const first = await listOptOuts(optOutQuerySchema.parse({}), 2);
    expect(first.total).toBe(4);
    expect(numbers(first)).toEqual(["+6281300000004", "+6281300000003"]);
    const second = await listOptOuts(optOutQuerySchema.parse({ after: first.olderCursor }), 2);
    expect(numbers(second)).toEqual(["+6281200000002", "+6281200000001"]);
    expect(second.olderCursor).toBeNull();
    expect(second.rows[1]).toMatchObject({
      source: "ticket",
      ticketCode: "T1",
      contact: { id: "c01", name: "Ani" },
    });
    expect(second.rows[0]!.contact).toBeNull();
    const back = await listOptOuts(optOutQuerySchema.parse({ before: second.newerCursor }), 2);
    expect(numbers(back)).toEqual(numbers(first));
  });

  it("filters by the start of a number as people type it, and by source", async () => {
    const typed = await listOptOuts(optOutQuerySchema.parse({ q: "0813" }));
    expect(numbers(typed)).toEqual(["+6281300000004", "+6281300000003"]);
    const csv = await listOptOuts(optOutQuerySchema.parse({ source: "csv" }));
    expect(numbers(csv)).toEqual(["+6281300000004", "+6281200000002"]);
    expect(optOutQuerySchema.safeParse({ q: "Budi" }).success).toBe(false);
  });
});

describe("adding recipients from contacts", () => {
  it("takes a tag's contacts without the opted-out ones, and says how many were left out", async () => {
    expect(await pickRecipients({ tag: "vip" })).toEqual({
      numbers: [{ e164: "+6281299999991", name: "Budi" }],
      total: 1,
      optedOut: 1,
    });
    const byName = await pickRecipients({ q: "ba" });
    expect(byName.numbers.map((n) => n.e164)).toEqual(["+6281299999992"]);
  });
});

describe("opting back in from the list", () => {
  it("takes the number off the list with a reason, audited; a second opt-in is refused in words", async () => {
    const user = await db.user.create({
      data: { email: "opt-in@test.kabar", name: "Agent", role: "agent", passwordHash: "x" },
    });
    const actor = {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: "agent" as const,
        sessionId: "t",
        timeZone: "Asia/Jakarta",
      },
      ip: "127.0.0.1",
    };
    // Not a contact: only the opt-out list can opt it back in.
    await db.optOut.create({
      data: {
        e164: "+6281400000009",
        state: "opted_out",
        source: "csv",
        reason: "r",
        optedOutAt: at(9),
      },
    });
    const before = await listOptOuts(optOutQuerySchema.parse({ q: "0814" }));
    expect(numbers(before)).toEqual(["+6281400000009"]);

    await optInNumber("+6281400000009", "Asked at the shop to get promos again", actor);
    expect(numbers(await listOptOuts(optOutQuerySchema.parse({ q: "0814" })))).toEqual([]);
    expect(await db.optOut.findUniqueOrThrow({ where: { e164: "+6281400000009" } })).toMatchObject({
      state: "opted_in",
      optedInById: user.id,
      optInReason: "Asked at the shop to get promos again",
      // The opt-out itself stays on the row.
      source: "csv",
      optedOutAt: at(9),
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "contact.opted_in", target: "number +6281400000009" },
    });
    expect(audit).toMatchObject({ actorId: user.id, ip: "127.0.0.1" });
    expect(JSON.parse(audit.detail ?? "{}")).toEqual({
      reason: "Asked at the shop to get promos again",
    });

    await expect(optInNumber("+6281400000009", "Again", actor)).rejects.toMatchObject({
      code: "not_opted_out",
    });
  });
});
