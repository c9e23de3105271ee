// The opt-out list and the composer's "Add from contacts" on a real database: latest opt-out
// first, keyset pages without gaps or repeats, filters by number and source; contacts picked by
// tag or name without the opted-out ones.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { pickRecipients } from "@/lib/contacts/pick-recipients";
import { listOptOuts } from "./list-opt-outs";
import { optOutQuerySchema } from "./list-opt-outs.schema";

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
