// XLSX rows, streamed with exceljs's WorkbookReader (the first worksheet). Cell values become
// text as the spreadsheet shows them; numbers are flagged, since Excel drops their leading zeros.
import { PassThrough, pipeline } from "node:stream";
import ExcelJS from "exceljs";
import { SpreadsheetError } from "./errors";
import type { ByteCounter, RawRow } from "./raw-row";
import type { SpreadsheetSource } from "./source";

type Cell = { text: string; isNumber: boolean };

const pad = (n: number) => String(n).padStart(2, "0");

function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const midnight =
    date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return midnight
    ? day
    : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** Excel stores numbers as doubles: written without exponent or float noise where possible. */
function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}

export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return { text: "", isNumber: false };
  if (typeof value === "number") return { text: numberText(value), isNumber: true };
  if (typeof value === "string") return { text: value, isNumber: false };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", isNumber: false };
  if (value instanceof Date) return { text: dateText(value), isNumber: false };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return {
        text: (v.richText as { text?: string }[]).map((part) => part.text ?? "").join(""),
        isNumber: false,
      };
    if ("result" in v) return cellOf(v.result);
    if ("formula" in v || "sharedFormula" in v) return { text: "", isNumber: false };
    if (typeof v.text === "string") return { text: v.text, isNumber: false };
    if (typeof v.error === "string") return { text: v.error, isNumber: false };
    return { text: JSON.stringify(v), isNumber: false }; // a cell type exceljs adds later: shown as read
  }
  return { text: typeof value === "bigint" ? value.toString() : "", isNumber: false };
}

export type XlsxReading = {
  sheetName: () => string | undefined;
  rows: AsyncGenerator<RawRow[], void, undefined>;
};

export function readXlsx(source: SpreadsheetSource, counter: ByteCounter): XlsxReading {
  let sheetName: string | undefined;
  async function* rows(): AsyncGenerator<RawRow[], void, undefined> {
    const counting = new PassThrough();
    counting.on("data", (chunk: Buffer) => (counter.bytesRead += chunk.length));
    const input = pipeline(source.open(), counting, () => undefined);
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    let sawSheet = false;
    try {
      for await (const sheet of workbook) {
        sawSheet = true;
        sheetName = (sheet as unknown as { name?: string }).name;
        let batch: RawRow[] = [];
        for await (const row of sheet) {
          const values = (row.values ?? []) as unknown[];
          const cells: Cell[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
          batch.push({
            rowNumber: row.number,
            cells: cells.map((c) => c.text),
            numberCells: cells.map((c) => c.isNumber),
          });
          if (batch.length >= 500) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
        break; // the first sheet only
      }
    } catch (error) {
      if (error instanceof SpreadsheetError) throw error;
      throw new SpreadsheetError(
        "unreadable_xlsx",
        "This Excel file could not be read (it may be damaged or password-protected). Open it in Excel, save it again as .xlsx or CSV, and upload that file.",
      );
    } finally {
      input.destroy();
    }
    if (!sawSheet)
      throw new SpreadsheetError("no_sheet", "This Excel file has no worksheet with rows.");
  }
  return { sheetName: () => sheetName, rows: rows() };
}
