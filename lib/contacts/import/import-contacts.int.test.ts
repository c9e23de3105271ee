// The contacts import end to end on a real SQLite file: a spreadsheet as people make them is
// staged and applied, merged by number (never duplicated), with a per-row report; a cancel and
// an interrupted worker leave contacts exactly as they were.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { ColumnMapping } from "@/lib/spreadsheet/mapping";
import { importSettingsSchema } from "./mapping-json";
import {
  cancelImport,
  getImportProgress,
  importReportPath,
  recoverInterruptedImports,
  startImport,
} from "./manage-import";
import { createImport, previewImport } from "./preview-import";
import { runContactImport } from "./run-import";
import type { ImportKind } from "./fields";

let actor: Actor;

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: "importer@test.kabar", name: "Importer", role: "agent", passwordHash: "x" },
  });
  actor = {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: "agent",
      sessionId: "t",
      timeZone: "Asia/Jakarta",
    },
    ip: null,
  };
});

let fileCount = 0;
async function upload(content: string | Buffer, name: string, kind: ImportKind = "contacts") {
  const tempPath = path.join(os.tmpdir(), `kabar-import-${process.pid}-${fileCount++}.part`);
  writeFileSync(tempPath, content);
  return createImport({
    kind,
    fileName: name,
    tempPath,
    size: Buffer.byteLength(content),
    userId: actor.user.id,
  });
}

async function importAll(
  importId: string,
  columns: ColumnMapping,
  extra: { tagAll?: string } = {},
) {
  let work: Promise<void> = Promise.resolve();
  await startImport(importId, importSettingsSchema.parse({ columns, ...extra }), actor, (w) => {
    work = w();
  });
  await work;
  return getImportProgress(importId);
}

const contactOf = (e164: string) =>
  db.contact.findUnique({ where: { e164 }, include: { attributes: true, tags: true } });

describe("importing contacts", () => {
  it("maps columns, reads a Windows-1252 ;-file with Excel's mangled numbers, and reports every row", async () => {
    const text = [
      "Nama;No HP;Kota;Tags",
      "José Rahayu;081234567001;Bandung;vip, promo",
      "Budi;81234567002;Medan;",
      ";;;",
      "Ani;8.1234567890E+11;Surabaya;",
      "Dewi;0812;Jakarta;",
      "Eko;+62 812 3456 7001;Bogor;baru",
    ].join("\r\n");
    const preview = await upload(iconv.encode(text, "win1252"), "pelanggan.csv");
    expect(preview.info).toMatchObject({ encoding: "windows-1252", separator: ";" });
    expect(preview.suggestion).toEqual([
      { kind: "field", field: "name" },
      { kind: "field", field: "phone" },
      { kind: "attribute", key: "kota" },
      { kind: "field", field: "tags" },
    ]);
    const progress = await importAll(preview.importId, preview.suggestion, { tagAll: "Desember" });
    expect(progress).toMatchObject({
      status: "done",
      rowsRead: 5,
      staged: 2,
      created: 2,
      updated: 0,
      rejected: 2,
      skipped: 1,
      fraction: 1,
      hasReport: true,
    });
    const jose = await contactOf("+6281234567001");
    expect(jose).toMatchObject({ name: "Eko", searchName: "eko", source: "import" });
    expect(jose!.attributes.map((a) => [a.key, a.value])).toEqual([["kota", "Bogor"]]);
    expect(jose!.tags.map((t) => t.tag).sort()).toEqual(["baru", "desember", "promo", "vip"]);
    expect(await contactOf("+6281234567002")).toMatchObject({ name: "Budi" });

    const report = readFileSync((await importReportPath(preview.importId)).path, "utf8");
    const lines = report.replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toBe("Row,Outcome,Reason,Nama,No HP,Kota,Tags");
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 2).join(","))).toEqual([
      "3,Imported with a note",
      "4,Skipped",
      "5,Rejected",
      "6,Rejected",
      "7,Imported with a note",
    ]);
    expect(report).toContain("wrote in scientific notation");
    expect(report).toContain("The number is too short");
    expect(report).toContain("had no leading 0");
    expect(report).toContain("same phone number as row 2");
  });

  it("merges by number into existing contacts: updates, never duplicates, keeps what the file leaves empty", async () => {
    const first = await upload("hp,nama,kota,tier\n081299990001,Siti,Bandung,gold\n", "a.csv");
    await importAll(first.importId, first.suggestion);
    const second = await upload(
      "hp,nama,kota,tier\n0812-9999-0001,,Cimahi,\n081299990002,Rudi,,\n",
      "b.csv",
    );
    const progress = await importAll(second.importId, second.suggestion);
    expect(progress).toMatchObject({ status: "done", created: 1, updated: 1 });
    expect(await db.contact.count({ where: { e164: "+6281299990001" } })).toBe(1);
    const siti = await contactOf("+6281299990001");
    expect(siti?.name).toBe("Siti");
    expect(Object.fromEntries(siti!.attributes.map((a) => [a.key, a.value]))).toEqual({
      kota: "Cimahi",
      tier: "gold",
    });
  });

  it("reads a file without header once the phone column is chosen", async () => {
    const preview = await upload("Wati,081277770001\nJoko,081277770002\n", "noheader.csv");
    expect(preview.info.header).toMatchObject({ present: false, how: "detected" });
    expect(preview.suggestion).toEqual([{ kind: "ignore" }, { kind: "field", field: "phone" }]);
    const columns: ColumnMapping = [
      { kind: "field", field: "name" },
      { kind: "field", field: "phone" },
    ];
    expect(await importAll(preview.importId, columns)).toMatchObject({ created: 2 });
    expect((await contactOf("+6281277770001"))?.name).toBe("Wati");
    const again = await upload("nama,hp\n", "header-only.csv");
    const asData = await previewImport(again.importId, "absent");
    expect(asData.info.columns.map((c) => c.name)).toEqual(["Column A", "Column B"]);
  });

  it("refuses a mapping without the phone column, on the form", async () => {
    const preview = await upload("nama,kota\nSiti,Bandung\n", "nophone.csv");
    await expect(
      startImport(
        preview.importId,
        importSettingsSchema.parse({ columns: preview.suggestion }),
        actor,
        () => undefined,
      ),
    ).rejects.toThrow("Choose the column that holds the phone number.");
  });

  it("refuses a file that is not a spreadsheet in plain words", async () => {
    await expect(
      upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "old.xls"),
    ).rejects.toThrow(/old Excel file/);
  });
});

describe("cancelling and crashing", () => {
  const bigFile = (prefix: string, rows: number) =>
    `hp,nama\n${Array.from({ length: rows }, (_, i) => `0812${prefix}${String(i).padStart(5, "0")},N${i}`).join("\n")}\n`;

  it("a cancel while reading leaves no contact of the file and nothing staged", async () => {
    const preview = await upload(bigFile("555", 20_000), "big.csv");
    let work: Promise<void> = Promise.resolve();
    await startImport(
      preview.importId,
      importSettingsSchema.parse({ columns: preview.suggestion }),
      actor,
      (w) => {
        work = w();
      },
    );
    // Cancel as soon as the first batch is staged.
    for (let i = 0; i < 200; i++) {
      if ((await getImportProgress(preview.importId)).rowsRead > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await cancelImport(preview.importId, actor)).status).toBe("cancelled");
    await work;
    expect(await db.contact.count({ where: { e164: { startsWith: "+62812555" } } })).toBe(0);
    expect(await db.contactImportRow.count({ where: { importId: preview.importId } })).toBe(0);
    expect((await getImportProgress(preview.importId)).status).toBe("cancelled");
  });

  it("an import whose worker died is failed and its staged rows removed; a late worker applies nothing", async () => {
    const preview = await upload(bigFile("556", 50), "crash.csv");
    await startImport(
      preview.importId,
      importSettingsSchema.parse({ columns: preview.suggestion }),
      actor,
      () => {
        // The worker never runs: as if the process was killed right after the start.
      },
    );
    await db.contactImportRow.create({
      data: { importId: preview.importId, e164: "+6281255600000", contactId: "cx", rowNumber: 2 },
    });
    await db.contactImport.update({
      where: { id: preview.importId },
      data: { heartbeatAt: new Date(Date.now() - 120_000) },
    });
    expect(await recoverInterruptedImports()).toBe(1);
    const progress = await getImportProgress(preview.importId);
    expect(progress).toMatchObject({
      status: "failed",
      errorMessage: expect.stringMatching(/nothing was imported/),
    });
    expect(await db.contactImportRow.count({ where: { importId: preview.importId } })).toBe(0);
    await runContactImport(preview.importId);
    expect(await db.contact.count({ where: { e164: { startsWith: "+62812556" } } })).toBe(0);
  });
});

describe("opting out a list of numbers", () => {
  it("opts out every valid number, keeps earlier opt-outs as they were, and reports the rest", async () => {
    await db.optOut.create({
      data: {
        e164: "+6281288880001",
        state: "opted_out",
        optedOutAt: new Date("2026-01-01"),
        source: "ticket",
        reason: "STOP",
      },
    });
    const preview = await upload(
      "nomor,alasan\n081288880001,\n081288880002,minta berhenti\n0812,x\n081288880003,\n",
      "stop.csv",
      "opt_outs",
    );
    expect(preview.suggestion).toEqual([
      { kind: "field", field: "phone" },
      { kind: "field", field: "reason" },
    ]);
    expect(await importAll(preview.importId, preview.suggestion)).toMatchObject({
      status: "done",
      created: 2,
      updated: 1,
      rejected: 1,
    });
    const rows = await db.optOut.findMany({
      where: { e164: { startsWith: "+62812888800" } },
      orderBy: { e164: "asc" },
    });
    expect(rows.map((r) => [r.e164, r.state, r.source, r.reason])).toEqual([
      ["+6281288880001", "opted_out", "ticket", "STOP"],
      ["+6281288880002", "opted_out", "csv", "minta berhenti"],
      ["+6281288880003", "opted_out", "csv", "Listed in stop.csv"],
    ]);
    expect(await db.contact.count({ where: { e164: "+6281288880002" } })).toBe(0);
  });
});
