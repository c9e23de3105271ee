// The audience of a campaign from its sources. The spreadsheet kernel's own cases (encodings,
// separators, header detection, XLSX cells) are tested in lib/spreadsheet; these tests are about
// what the audience makes of them: numbers as digits, reasons, merges, opt-outs, combinations.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { bytesSource, type SpreadsheetSource } from "@/lib/spreadsheet";
import { buildAudience, type AudienceDeps, type PickedContact } from "./build-audience";
import { audienceSourcesSchema, type AudienceSourceInput } from "./types";

function deps(
  more: {
    uploads?: Record<string, SpreadsheetSource>;
    contacts?: (PickedContact & { tags?: string[] })[];
    optedOut?: string[];
  } = {},
): AudienceDeps {
  const contacts = more.contacts ?? [];
  return {
    openUpload: async (id) => {
      const found = more.uploads?.[id];
      if (!found) throw new Error(`no upload ${id}`);
      return found;
    },
    pickContacts: async function* (pick) {
      yield contacts.filter(
        (c) =>
          (!pick.tag || c.tags?.includes(pick.tag)) &&
          (!pick.attribute ||
            (pick.attribute in c.attributes &&
              (!pick.value || c.attributes[pick.attribute] === pick.value))),
      );
    },
    contactsByNumber: async (digits) =>
      new Map(
        contacts.filter((c) => digits.includes(c.e164.slice(1))).map((c) => [c.e164.slice(1), c]),
      ),
    optedOut: async (digits) => new Set(digits.filter((d) => more.optedOut?.includes(d))),
  };
}

async function build(sources: AudienceSourceInput[], d: AudienceDeps = deps()) {
  const built = await buildAudience(audienceSourcesSchema.parse(sources), d);
  if (!built.ok) throw new Error(built.problems.map((p) => p.message).join("; "));
  return built;
}

describe("rows pasted from a spreadsheet program", () => {
  it("reads tab-separated rows with a header: numbers as digits, names, other columns by name", async () => {
    const text =
      "Nama\tNo HP\tKota\nSiti\t0812-3456-7890\tBandung\nBudi\t+62 813 1111 2222\tMedan\n";
    const { audience, sheets } = await build([{ kind: "paste", text }]);
    expect(sheets[0]).toMatchObject({ phoneColumn: 1, nameColumn: 0 });
    expect(audience.totalRows).toBe(2);
    expect(audience.members.map((m) => [m.row, m.to, m.name, m.columns])).toEqual([
      [1, "6281234567890", "Siti", { Nama: "Siti", Kota: "Bandung" }],
      [2, "6281311112222", "Budi", { Nama: "Budi", Kota: "Medan" }],
    ]);
    expect(audience.columns).toEqual(["Nama", "Kota"]);
  });

  it("reads rows without a header: the phone column is found from what it holds", async () => {
    const text = "Siti\t81234567890\tBandung\nBudi\t081311112222\tMedan\n";
    const { audience, sheets } = await build([{ kind: "paste", text }]);
    expect(sheets[0]!.info.header.present).toBe(false);
    expect(sheets[0]!.phoneColumn).toBe(1);
    expect(audience.members.map((m) => [m.sourceRow, m.to])).toEqual([
      [1, "6281234567890"],
      [2, "6281311112222"],
    ]);
    // 8… is Indonesian: read, with a note saying how.
    expect(audience.members[0]!.note).toMatch(/no leading 0/);
    expect(audience.columns).toEqual(["Column A", "Column C"]);
  });

  it("takes the operator's columns over the guess", async () => {
    const text = "a\tb\n0812 3456 7890\t0813 1111 2222\n";
    const { audience } = await build([
      { kind: "paste", text, header: "present", phoneColumn: 1, nameColumn: null },
    ]);
    expect(audience.members.map((m) => m.to)).toEqual(["6281311112222"]);
    expect(audience.members[0]!.columns).toEqual({ a: "0812 3456 7890" });
  });

  it("says when no column holds phone numbers", async () => {
    const built = await buildAudience(
      audienceSourcesSchema.parse([{ kind: "paste", text: "Nama\tKota\nSiti\tBandung\n" }]),
      deps(),
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.problems).toEqual([
      { sourceIndex: 0, message: expect.stringMatching(/Choose the phone number column/) },
    ]);
    expect(built.sheets[0]!.info.columns.map((c) => c.name)).toEqual(["Nama", "Kota"]);
  });

  it("refuses empty pasted text next to the field", () => {
    const parsed = audienceSourcesSchema.safeParse([{ kind: "paste", text: "  \n" }]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: [0, "text"],
      message: "Paste the rows from your spreadsheet",
    });
  });
});

describe("invalid numbers and duplicates", () => {
  const text = [
    "nama;no_hp;kode",
    "Siti;081234567890;A1",
    "Budi;12345;B2",
    "Rina;8,12346E+11;C3",
    "Ani;;D4",
    "Siti again;+62 812-3456-7890;",
    "Dewi;0813 1111 2222;E5;extra",
    "Eka;62813 9999 8888;F6",
  ].join("\r\n");

  it("gives the reason for each refused row and merges a repeated number into its first row", async () => {
    const { audience } = await build(
      [{ kind: "file", uploadId: "upload-0001", fileName: "pelanggan.csv" }],
      deps({ uploads: { "upload-0001": bytesSource(Buffer.from(text), "pelanggan.csv") } }),
    );
    expect(audience.totalRows).toBe(7);
    expect(audience.members.map((m) => [m.sourceRow, m.to, m.name])).toEqual([
      [2, "6281234567890", "Siti"],
      [8, "6281399998888", "Eka"],
    ]);
    expect(audience.duplicates).toBe(1);
    expect(audience.members[0]!.merged).toEqual([{ source: "file", sourceIndex: 0, sourceRow: 6 }]);
    expect(audience.rejected.map((r) => [r.sourceRow, r.code])).toEqual([
      [3, "invalid_number"],
      [4, "scientific_notation"],
      [5, "empty"],
      [7, "malformed"],
    ]);
    for (const row of audience.rejected) expect(row.reason).toMatch(/\w.*[.]$/);
    expect(audience.rejected[1]!.reason).toMatch(/scientific notation/);
    expect(audience.rejected[3]!.cells).toEqual(["Dewi", "0813 1111 2222", "E5", "extra"]);
  });

  it("fills a merged row's empty values from the later row", async () => {
    const csv = "phone,kode,kota\n0812-3456-7890,,Bandung\n081234567890,Z9,Medan\n";
    const { audience } = await build([{ kind: "paste", text: csv }]);
    expect(audience.members).toHaveLength(1);
    expect(audience.members[0]!.columns).toEqual({ kode: "Z9", kota: "Bandung" });
  });
});

describe("files as spreadsheet programs write them", () => {
  it("reads a Windows-1252 CSV with `;` separators", async () => {
    const csv = "Nama;Telepon;Catatan\r\nJosé;0812 3456 7890;“VIP”\r\n";
    const { audience } = await build(
      [{ kind: "file", uploadId: "upload-0002", fileName: "a.csv" }],
      deps({ uploads: { "upload-0002": bytesSource(iconv.encode(csv, "win1252"), "a.csv") } }),
    );
    expect(audience.members[0]).toMatchObject({
      to: "6281234567890",
      name: "José",
      columns: { Nama: "José", Catatan: "“VIP”" },
    });
  });

  it("reads an XLSX whose phone cells Excel stored as numbers (leading 0 lost)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pelanggan");
    sheet.addRow(["Nama", "WhatsApp", "Total"]);
    sheet.addRow(["Siti", 81234567890, 150000]);
    sheet.addRow(["Budi", "0813-1111-2222", 75000]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { audience } = await build(
      [{ kind: "file", uploadId: "upload-0003", fileName: "p.xlsx" }],
      deps({ uploads: { "upload-0003": bytesSource(bytes, "p.xlsx") } }),
    );
    expect(audience.members.map((m) => [m.to, m.columns.Total])).toEqual([
      ["6281234567890", "150000"],
      ["6281311112222", "75000"],
    ]);
    expect(audience.members[0]!.note).toMatch(/leading 0/);
  });
});

describe("contacts, opt-outs and combinations", () => {
  const contacts: (PickedContact & { tags: string[] })[] = [
    {
      id: "c1",
      e164: "+6281234567890",
      name: "Siti",
      attributes: { kota: "Bandung" },
      tags: ["vip"],
    },
    {
      id: "c2",
      e164: "+6281311112222",
      name: "Budi",
      attributes: { kota: "Medan" },
      tags: ["vip"],
    },
    { id: "c3", e164: "+6281399998888", name: null, attributes: { kota: "Bandung" }, tags: [] },
  ];

  it("picks contacts by tag and by attribute value, with their attributes", async () => {
    const byTag = await build([{ kind: "contacts", tag: "vip" }], deps({ contacts }));
    expect(byTag.audience.members.map((m) => [m.to, m.contactId, m.attributes.kota])).toEqual([
      ["6281234567890", "c1", "Bandung"],
      ["6281311112222", "c2", "Medan"],
    ]);
    const byAttribute = await build(
      [{ kind: "contacts", attribute: "kota", value: "Bandung" }],
      deps({ contacts }),
    );
    expect(byAttribute.audience.members.map((m) => m.contactId)).toEqual(["c1", "c3"]);
    expect(byAttribute.audience.attributeKeys).toEqual(["kota"]);
  });

  it("says when a pick matches no contact", async () => {
    const built = await buildAudience(
      audienceSourcesSchema.parse([{ kind: "contacts", tag: "nobody" }]),
      deps({ contacts }),
    );
    expect(built.ok).toBe(false);
  });

  it("combines a file and contacts: one member per number, the contact's attributes on file rows", async () => {
    const text = "phone\tvoucher\n0812 3456 7890\tHEMAT10\n0857 0000 1111\tHEMAT20\n";
    const { audience } = await build(
      [
        { kind: "paste", text },
        { kind: "contacts", tag: "vip" },
      ],
      deps({ contacts, optedOut: ["6281311112222"] }),
    );
    expect(audience.totalRows).toBe(4);
    expect(audience.duplicates).toBe(1);
    expect(
      audience.members.map((m) => [
        m.to,
        m.source,
        m.contactId,
        m.columns.voucher,
        m.attributes.kota,
      ]),
    ).toEqual([
      ["6281234567890", "paste", "c1", "HEMAT10", "Bandung"],
      ["6285700001111", "paste", undefined, "HEMAT20", undefined],
      ["6281311112222", "contacts", "c2", undefined, "Medan"],
    ]);
    expect(audience.optedOut).toBe(1);
    expect(audience.members.filter((m) => m.optedOut).map((m) => m.to)).toEqual(["6281311112222"]);
  });
});
