// The audience on the server: contacts picked by tag and attribute from a real database, their
// attributes on spreadsheet rows with the same number, opted-out numbers flagged, an uploaded file
// read from the campaign upload folder.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/time-ordered-id";
import { loadAudience } from "./load-audience";
import { audienceSourcesSchema } from "./types";
import { storeAudienceUpload } from "./uploads";

async function contact(
  e164: string,
  name: string,
  tags: string[],
  attributes: Record<string, string>,
) {
  return db.contact.create({
    data: {
      id: newId(),
      e164,
      name,
      searchName: name.toLowerCase(),
      tags: { create: tags.map((tag) => ({ tag })) },
      attributes: { create: Object.entries(attributes).map(([key, value]) => ({ key, value })) },
    },
  });
}

describe("loading an audience", () => {
  it("combines an uploaded file with contacts by tag and attribute, flags opt-outs", async () => {
    const siti = await contact("+6281234500001", "Siti", ["vip"], { kota: "Bandung" });
    await contact("+6281234500002", "Budi", ["vip"], { kota: "Medan" });
    await contact("+6281234500003", "Rina", [], { kota: "Bandung" });
    await db.optOut.create({
      data: { e164: "+6281234500002", state: "opted_out", optedOutAt: new Date(), source: "csv" },
    });
    const csv = "no_hp;voucher\n081234500001;HEMAT10\n0812 3450 0099;HEMAT20\n";
    const upload = await storeAudienceUpload(new Blob([csv]).stream(), csv.length);

    const built = await loadAudience(
      audienceSourcesSchema.parse([
        { kind: "file", uploadId: upload.uploadId, fileName: "list.csv" },
        { kind: "contacts", tag: "VIP" },
        { kind: "contacts", attribute: "kota", value: "Bandung" },
      ]),
    );
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const { audience } = built;
    expect(
      audience.members.map((m) => [
        m.to,
        m.contactId ?? null,
        m.columns.voucher ?? null,
        m.attributes.kota ?? null,
        m.optedOut,
      ]),
    ).toEqual([
      ["6281234500001", siti.id, "HEMAT10", "Bandung", false],
      ["6281234500099", null, "HEMAT20", null, false],
      ["6281234500002", expect.any(String), null, "Medan", true],
      ["6281234500003", expect.any(String), null, "Bandung", false],
    ]);
    expect(audience.totalRows).toBe(6);
    expect(audience.duplicates).toBe(2);
    expect(audience.optedOut).toBe(1);
    expect(audience.attributeKeys).toEqual(["kota"]);
  });

  it("says an upload that is gone is gone", async () => {
    await expect(
      loadAudience(
        audienceSourcesSchema.parse([
          { kind: "file", uploadId: "0000000000-missing", fileName: "x.csv" },
        ]),
      ),
    ).rejects.toThrow(/uploaded file/);
  });
});
