// Merging contacts by number from any source (campaign audiences, …) on a real database: one
// contact per number, never a duplicate; known contacts updated or kept as asked.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { mergeContacts } from "./merge-contacts";

const withAll = (e164: string) =>
  db.contact.findUniqueOrThrow({ where: { e164 }, include: { attributes: true, tags: true } });

describe("mergeContacts", () => {
  it("creates new numbers once, updates known ones with non-empty values, adds tags, merges repeats", async () => {
    await db.contact.create({
      data: {
        id: "cmerge0000001",
        e164: "+6281500000001",
        name: "Lama",
        source: "manual",
        attributes: {
          create: [
            { key: "kota", value: "Bandung" },
            { key: "tier", value: "gold" },
          ],
        },
        tags: { create: [{ tag: "vip" }] },
      },
    });
    const result = await mergeContacts(
      db,
      [
        { e164: "+6281500000001", name: "", attributes: { kota: "Medan" }, tags: ["promo"] },
        {
          e164: "+6281500000002",
          name: "Baru",
          attributes: { kota: "Bogor", tier: "" },
          tags: ["promo"],
        },
        { e164: "+6281500000002", name: null, attributes: { tier: "silver" }, tags: ["vip"] },
      ],
      { source: "campaign" },
    );
    expect({ created: result.created, updated: result.updated }).toEqual({
      created: 1,
      updated: 1,
    });
    expect(result.ids.get("+6281500000001")).toBe("cmerge0000001");
    const known = await withAll("+6281500000001");
    expect(known).toMatchObject({ name: "Lama", source: "manual" });
    expect(Object.fromEntries(known.attributes.map((a) => [a.key, a.value]))).toEqual({
      kota: "Medan",
      tier: "gold",
    });
    expect(known.tags.map((t) => t.tag).sort()).toEqual(["promo", "vip"]);
    const fresh = await withAll("+6281500000002");
    expect(fresh).toMatchObject({
      id: result.ids.get("+6281500000002"),
      name: "Baru",
      source: "campaign",
    });
    expect(Object.fromEntries(fresh.attributes.map((a) => [a.key, a.value]))).toEqual({
      kota: "Bogor",
      tier: "silver",
    });
    expect(fresh.tags.map((t) => t.tag).sort()).toEqual(["promo", "vip"]);
    expect(await db.contact.count({ where: { e164: { startsWith: "+628150000000" } } })).toBe(2);
  });

  it("keeps known contacts exactly as they are when asked, and merges thousands in chunks", async () => {
    const many = Array.from({ length: 4_500 }, (_, i) => ({
      e164: `+628160${String(i).padStart(7, "0")}`,
      name: `Pelanggan ${i}`,
      attributes: { kota: "Medan" },
      tags: ["audience"],
    }));
    await mergeContacts(db, many.slice(0, 100), { source: "import" });
    const result = await mergeContacts(
      db,
      many.map((c) => ({ ...c, name: "Diganti", attributes: { kota: "Bali" } })),
      { source: "campaign", existing: "keep" },
    );
    expect({ created: result.created, updated: result.updated, ids: result.ids.size }).toEqual({
      created: 4_400,
      updated: 100,
      ids: 4_500,
    });
    expect(await withAll(many[5]!.e164)).toMatchObject({
      name: "Pelanggan 5",
      source: "import",
      attributes: [expect.objectContaining({ value: "Medan" })],
    });
    expect(await withAll(many[4_000]!.e164)).toMatchObject({ name: "Diganti", source: "campaign" });
    expect(await db.contact.count({ where: { e164: { startsWith: "+628160" } } })).toBe(4_500);
    expect(
      await db.contactAttribute.count({ where: { contact: { e164: { startsWith: "+628160" } } } }),
    ).toBe(4_500);
  });
});
