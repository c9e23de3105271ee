import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  eachEvent,
  bytesSource,
  createRowReport,
  openSpreadsheet,
  previewSpreadsheet,
  SpreadsheetError,
  textSource,
  type SheetEvent,
  type SpreadsheetSource,
} from "./index";

async function readAll(source: SpreadsheetSource, header?: "auto" | "present" | "absent") {
  const opened = await openSpreadsheet(source, { header });
  const events: SheetEvent[] = [];
  for await (const event of eachEvent(opened)) events.push(event);
  return { info: opened.info, events, bytesRead: opened.bytesRead(), size: opened.size };
}

const cellsOf = (events: SheetEvent[]) =>
  events.flatMap((e) => (e.kind === "row" ? [e.row.cells] : []));

const CONTACTS =
  "nama,no_hp,kota\r\nSiti Rahayu,081234567890,Bandung\r\nBudi,+6281298765432,Medan\r\n";

describe("CSV text encodings", () => {
  const expected = [
    ["Siti Rahayu", "081234567890", "Bandung"],
    ["Budi", "+6281298765432", "Medan"],
  ];

  it("UTF-8 without a byte-order mark", async () => {
    const { info, events } = await readAll(textSource(CONTACTS, "c.csv"));
    expect(info).toMatchObject({ format: "csv", encoding: "utf-8", separator: "," });
    expect(info.columns.map((c) => c.name)).toEqual(["nama", "no_hp", "kota"]);
    expect(cellsOf(events)).toEqual(expected);
  });

  it("UTF-8 with a byte-order mark (Excel's “CSV UTF-8”), the mark not in the first name", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CONTACTS)]);
    const { info, events } = await readAll(bytesSource(bytes, "c.csv"));
    expect(info.encoding).toBe("utf-8-bom");
    expect(info.columns[0]!.name).toBe("nama");
    expect(cellsOf(events)).toEqual(expected);
  });

  it("UTF-16 little-endian with a mark (Excel's “Unicode Text”, tab-separated)", async () => {
    const text = CONTACTS.replaceAll(",", "\t");
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
    const { info, events } = await readAll(bytesSource(bytes, "c.txt"));
    expect(info).toMatchObject({ encoding: "utf-16le", separator: "\t" });
    expect(cellsOf(events)).toEqual(expected);
  });

  it("UTF-16 little-endian without a mark", async () => {
    const { info, events } = await readAll(bytesSource(iconv.encode(CONTACTS, "utf16le"), "c.csv"));
    expect(info.encoding).toBe("utf-16le");
    expect(cellsOf(events)).toEqual(expected);
  });

  it("UTF-16 big-endian, with and without a mark", async () => {
    const marked = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CONTACTS, "utf16be")]);
    for (const bytes of [marked, iconv.encode(CONTACTS, "utf16be")]) {
      const { info, events } = await readAll(bytesSource(bytes, "c.csv"));
      expect(info.encoding).toBe("utf-16be");
      expect(cellsOf(events)).toEqual(expected);
    }
  });

  it("Windows-1252 (Excel on Windows): é, curly quotes and the euro sign come out right", async () => {
    const text = "nama;catatan\r\nJosé;“VIP” €5\r\n";
    const { info, events } = await readAll(bytesSource(iconv.encode(text, "win1252"), "c.csv"));
    expect(info).toMatchObject({ encoding: "windows-1252", separator: ";" });
    expect(cellsOf(events)).toEqual([["José", "“VIP” €5"]]);
  });

  it("Windows-1252 found far into the file, after a long valid start", async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `Nama ${i};08123456${String(i).padStart(4, "0")}`,
    );
    const text = `nama;hp\r\n${rows.join("\r\n")}\r\nRené;081299990000\r\n`;
    const { info, events } = await readAll(bytesSource(iconv.encode(text, "win1252"), "c.csv"));
    expect(info.encoding).toBe("windows-1252");
    expect(cellsOf(events).at(-1)).toEqual(["René", "081299990000"]);
  });
});

describe("CSV separators and structure", () => {
  it.each([
    [",", "comma"],
    [";", "semicolon (Excel in Indonesian settings)"],
    ["\t", "tab"],
  ])("detects %j (%s)", async (separator) => {
    const text = `nama${separator}hp${separator}alamat\n"Toko, Jaya"${separator}0812345678901${separator}"Jl. A; 5"\n`;
    const { info, events } = await readAll(textSource(text, "c.csv"));
    expect(info.separator).toBe(separator);
    expect(cellsOf(events)).toEqual([["Toko, Jaya", "0812345678901", "Jl. A; 5"]]);
  });

  it("one column without separators", async () => {
    const { info, events } = await readAll(
      textSource("hp\n0812345678901\n0812345678902\n", "c.csv"),
    );
    expect(info.separator).toBeUndefined();
    expect(cellsOf(events)).toEqual([["0812345678901"], ["0812345678902"]]);
  });

  it("keeps newlines inside quotes in one row, and numbers rows as a spreadsheet shows them", async () => {
    const text =
      'nama,alamat,hp\nSiti,"Jl. Merdeka 5\nBandung",0812345678901\nBudi,Medan,0812345678902\n';
    const { events } = await readAll(textSource(text, "c.csv"));
    expect(events).toEqual([
      {
        kind: "row",
        row: {
          rowNumber: 2,
          cells: ["Siti", "Jl. Merdeka 5\nBandung", "0812345678901"],
          numberCells: [false, false, false],
        },
      },
      {
        kind: "row",
        row: {
          rowNumber: 3,
          cells: ["Budi", "Medan", "0812345678902"],
          numberCells: [false, false, false],
        },
      },
    ]);
  });

  it("says which rows are empty, but not the trailing newlines of the file", async () => {
    const text = "nama,hp\n\nSiti,0812345678901\n,\n  ,  \nBudi,0812345678902\n\n\n";
    const { events } = await readAll(textSource(text, "c.csv"));
    expect(
      events.map((e) => (e.kind === "row" ? e.row.rowNumber : `${e.kind} ${e.rowNumber}`)),
    ).toEqual(["empty 2", 3, "empty 4", "empty 5", 6]);
  });

  it("skips empty rows before the header", async () => {
    const { info, events } = await readAll(
      textSource("\n\nnama,hp\nSiti,0812345678901\n", "c.csv"),
    );
    expect(info.headerRowNumber).toBe(3);
    expect(events).toHaveLength(1);
  });

  it("refuses a row with more values than columns (an unquoted separator), keeps short rows", async () => {
    const text =
      "nama,hp,kota\nToko Jaya, Abadi,0812345678901,Bandung\nBudi,0812345678902\nAni,0812345678903,,,\n";
    const { events } = await readAll(textSource(text, "c.csv"));
    expect(events[0]).toMatchObject({
      kind: "malformed",
      rowNumber: 2,
      message:
        "This row has 4 values but the file has 3 columns. A value may contain the separator, comma (,), without quotes around it.",
    });
    expect(cellsOf(events)).toEqual([
      ["Budi", "0812345678902", ""],
      ["Ani", "0812345678903", ""],
    ]);
  });

  it("names empty and repeated header cells", async () => {
    const { info } = await readAll(textSource("nama,,Kota,kota,,\nSiti,x,a,b\n", "c.csv"));
    expect(info.columns).toEqual([
      { index: 0, name: "nama" },
      { index: 1, name: "Column B", note: "Column B has no name in the header row." },
      { index: 2, name: "Kota" },
      {
        index: 3,
        name: "kota (2)",
        note: "Column D has the same name as column C, so it is called “kota (2)”.",
      },
    ]);
  });
});

describe("the header row", () => {
  it("detects a file that starts with data and says why", async () => {
    const { info, events } = await readAll(
      textSource("Siti,081234567890\nBudi,081298765432\n", "c.csv"),
    );
    expect(info.header).toEqual({
      present: false,
      how: "detected",
      reason:
        "The first row holds “081234567890”, which looks like a phone number, not a column name.",
    });
    expect(info.columns.map((c) => c.name)).toEqual(["Column A", "Column B"]);
    expect(info.headerRowNumber).toBeNull();
    expect(cellsOf(events)).toEqual([
      ["Siti", "081234567890"],
      ["Budi", "081298765432"],
    ]);
    expect(events[0]).toMatchObject({ row: { rowNumber: 1 } });
  });

  it("detects a first row of Excel-mangled numbers as data", async () => {
    const { info } = await readAll(textSource("8.1234567890E+11;Bandung\n", "c.csv"));
    expect(info.header).toMatchObject({
      present: false,
      reason: expect.stringContaining("8.1234567890E+11"),
    });
  });

  it("takes the person's word over the guess, both ways", async () => {
    const data = await readAll(
      textSource("Siti,081234567890\nBudi,081298765432\n", "c.csv"),
      "present",
    );
    expect(data.info.header).toEqual({ present: true, how: "chosen" });
    expect(data.info.columns.map((c) => c.name)).toEqual(["Siti", "081234567890"]);
    const named = await readAll(textSource(CONTACTS, "c.csv"), "absent");
    expect(named.info.header).toEqual({ present: false, how: "chosen" });
    expect(cellsOf(named.events)[0]).toEqual(["nama", "no_hp", "kota"]);
  });
});

async function xlsxBytes(build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet("Pelanggan"), book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("XLSX", () => {
  it("reads the first sheet's text, numbers, dates, formulas and rich text; flags number cells", async () => {
    const bytes = await xlsxBytes((sheet, book) => {
      sheet.addRow(["nama", "no_hp", "jatuh_tempo", "total", "catatan"]);
      sheet.addRow([
        "Siti",
        81234567890,
        new Date(Date.UTC(2026, 0, 31)),
        { formula: "1+1", result: 2 },
        {
          richText: [{ text: "sangat " }, { text: "penting", font: { bold: true } }],
        },
      ]);
      sheet.addRow(["Budi", "081298765432", "", 150000.5, null]);
      book.addWorksheet("Lain").addRow(["ignored"]);
    });
    const { info, events } = await readAll(bytesSource(bytes, "p.xlsx"));
    expect(info).toMatchObject({ format: "xlsx", sheetName: "Pelanggan", headerRowNumber: 1 });
    expect(info.encoding).toBeUndefined();
    expect(events).toEqual([
      {
        kind: "row",
        row: {
          rowNumber: 2,
          cells: ["Siti", "81234567890", "2026-01-31", "2", "sangat penting"],
          numberCells: [false, true, false, true, false],
        },
      },
      {
        kind: "row",
        row: {
          rowNumber: 3,
          cells: ["Budi", "081298765432", "", "150000.5", ""],
          numberCells: [false, false, false, true, false],
        },
      },
    ]);
  });

  it("says the empty rows Excel leaves out of the file", async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.getRow(1).values = ["nama", "hp"];
      sheet.getRow(2).values = ["Siti", "0812345678901"];
      sheet.getRow(5).values = ["Budi", "0812345678902"];
    });
    const { events } = await readAll(bytesSource(bytes, "p.xlsx"));
    expect(
      events.map((e) => `${e.kind} ${e.kind === "row" ? e.row.rowNumber : e.rowNumber}`),
    ).toEqual(["row 2", "empty 3", "empty 4", "row 5"]);
  });

  it("refuses a damaged workbook in plain words", async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    await expect(readAll(bytesSource(bytes, "p.xlsx"))).rejects.toThrow(/could not be read/);
  });
});

describe("files that are not spreadsheets Kabar reads", () => {
  it.each([
    [Buffer.alloc(0), "c.csv", "empty_file", "The file is empty."],
    [
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "old.xls",
      "old_excel",
      /old Excel file \(\.xls/,
    ],
    [
      Buffer.from("hello"),
      "p.xlsx",
      "unsupported_format",
      /named \.xlsx but is not an Excel workbook/,
    ],
    [Buffer.from("\n\n  \n"), "c.csv", "no_columns", "The file has no rows with values in them."],
  ])("%#: %s", async (bytes, name, problem, message) => {
    const error = await readAll(bytesSource(bytes, name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetError);
    expect((error as SpreadsheetError).problem).toBe(problem);
    expect((error as SpreadsheetError).message).toMatch(message);
  });
});

describe("streaming", () => {
  it("reads 100,000 rows and counts the bytes it read", async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `Nama ${i},0812${String(i).padStart(8, "0")}`,
    );
    const bytes = Buffer.from(`nama,hp\n${rows.join("\n")}\n`);
    const opened = await openSpreadsheet(bytesSource(bytes, "big.csv"));
    let count = 0;
    for await (const batch of opened.batches)
      for (const event of batch) if (event.kind === "row") count++;
    expect(count).toBe(100_000);
    expect(opened.bytesRead()).toBe(bytes.length);
  });

  it("previews the first rows and stops reading", async () => {
    const { info, sample } = await previewSpreadsheet(textSource(CONTACTS, "c.csv"), { rows: 1 });
    expect(info.columns).toHaveLength(3);
    expect(sample).toHaveLength(1);
  });
});

describe("the row report", () => {
  it("writes a CSV with the row, outcome, reason and the original cells, formulas defused", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kabar-report-")), "r.csv");
    const report = createRowReport(file, ["nama", "hp"]);
    await report.add(3, "rejected", "The number is too short.", ["=HYPERLINK(1)", "0812"]);
    await report.add(4, "skipped", "The row is empty.", ["", ""]);
    await report.close();
    expect(report.counts()).toEqual({ rejected: 1, skipped: 1, noted: 0 });
    expect(readFileSync(file, "utf8")).toBe(
      '\uFEFFRow,Outcome,Reason,nama,hp\r\n3,Rejected,The number is too short.,"\'=HYPERLINK(1)",0812\r\n4,Skipped,The row is empty.,,\r\n',
    );
  });
});
