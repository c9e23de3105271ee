// The one way Kabar reads a spreadsheet (contacts import, opt-out lists, campaign audiences):
// CSV or XLSX, streamed in flat memory, with what was detected (format, encoding, separator,
// header row) said in words, and every row that cannot be read as the header says reported as
// such instead of being guessed.
import { detectEncoding } from "./encoding";
import { detectFormat } from "./detect-format";
import { SpreadsheetError } from "./errors";
import { dataRowReason, headerColumns, trimTrailingEmpty, unnamedColumns } from "./header";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import type { ByteCounter, RawRow } from "./raw-row";
import { readStart, type SpreadsheetSource } from "./source";
import { separatorLabels, type SheetEvent, type SpreadsheetInfo } from "./types";

/** "auto" decides from the first row; the mapping step lets the person say otherwise. */
export type HeaderChoice = "auto" | "present" | "absent";

export type OpenedSpreadsheet = {
  info: SpreadsheetInfo;
  /**
   * Data rows, empty rows and malformed rows after the header, in file order, in batches (a
   * few hundred at a time: one async step per batch keeps 100,000 rows fast).
   */
  batches: AsyncGenerator<SheetEvent[], void, undefined>;
  /** Bytes of the file read so far (for a progress bar against `size`). */
  bytesRead: () => number;
  size: number;
};

const isEmpty = (row: RawRow) => row.cells.every((cell) => cell.trim() === "");

/** Turns raw rows into events against the header's columns. */
function createRowShaper(width: number, separator: string | undefined, firstRowNumber: number) {
  // Empty rows are said only when data follows them: a file's trailing newlines are no rows.
  const emptyRows: number[] = [];
  let expected = firstRowNumber;
  const how = separator
    ? ` A value may contain the separator, ${separatorLabels[separator as keyof typeof separatorLabels]}, without quotes around it.`
    : "";
  return (row: RawRow, out: SheetEvent[]) => {
    // XLSX leaves empty rows out of the file: the gap is rows too.
    for (let n = expected; n < row.rowNumber; n++) emptyRows.push(n);
    expected = row.rowNumber + 1;
    if (isEmpty(row)) {
      emptyRows.push(row.rowNumber);
      return;
    }
    for (const rowNumber of emptyRows.splice(0)) out.push({ kind: "empty", rowNumber });
    const cells = trimTrailingEmpty(row.cells);
    if (cells.length > width) {
      out.push({
        kind: "malformed",
        rowNumber: row.rowNumber,
        cells: row.cells,
        message: `This row has ${cells.length} values but the file has ${width} columns.${how}`,
      });
      return;
    }
    const padded = Array.from({ length: width }, (_, i) => row.cells[i] ?? "");
    const numberCells = Array.from({ length: width }, (_, i) => row.numberCells[i] ?? false);
    out.push({ kind: "row", row: { rowNumber: row.rowNumber, cells: padded, numberCells } });
  };
}

async function* shapedBatches(
  rows: AsyncGenerator<RawRow[], void, undefined>,
  pending: RawRow[],
  shape: (row: RawRow, out: SheetEvent[]) => void,
): AsyncGenerator<SheetEvent[], void, undefined> {
  try {
    const first: SheetEvent[] = [];
    for (const row of pending) shape(row, first);
    if (first.length > 0) yield first;
    for await (const batch of rows) {
      const out: SheetEvent[] = [];
      for (const row of batch) shape(row, out);
      if (out.length > 0) yield out;
    }
  } finally {
    await rows.return(undefined);
  }
}

export async function openSpreadsheet(
  source: SpreadsheetSource,
  options: { header?: HeaderChoice } = {},
): Promise<OpenedSpreadsheet> {
  const start = await readStart(source, 64 * 1024);
  const format = detectFormat(start, source.name);
  const counter: ByteCounter = { bytesRead: 0 };
  let rows: AsyncGenerator<RawRow[], void, undefined>;
  const info: Omit<SpreadsheetInfo, "header" | "columns" | "headerRowNumber"> = { format };
  let sheetName: (() => string | undefined) | undefined;
  if (format === "csv") {
    const encoding = await detectEncoding(source, start);
    const csv = await readCsv(source, encoding, counter);
    rows = csv.rows;
    info.encoding = encoding;
    info.separator = csv.separator;
  } else {
    const xlsx = readXlsx(source, counter);
    rows = xlsx.rows;
    sheetName = xlsx.sheetName;
  }

  // The first row with anything in it is the header (or the first data row).
  let firstRow: RawRow | undefined;
  let rest: RawRow[] = [];
  while (!firstRow) {
    const next = await rows.next();
    if (next.done) break;
    const at = next.value.findIndex((row) => !isEmpty(row));
    if (at >= 0) {
      firstRow = next.value[at];
      rest = next.value.slice(at + 1);
    }
  }
  if (!firstRow) {
    await rows.return(undefined);
    throw new SpreadsheetError("no_columns", "The file has no rows with values in them.");
  }
  if (sheetName) info.sheetName = sheetName();

  const choice = options.header ?? "auto";
  const reason = choice === "auto" ? dataRowReason(firstRow) : null;
  const present = choice === "present" || (choice === "auto" && reason === null);
  const header: SpreadsheetInfo["header"] = present
    ? { present: true, how: choice === "auto" ? "detected" : "chosen" }
    : reason
      ? { present: false, how: "detected", reason }
      : { present: false, how: "chosen" };
  const columns = present
    ? headerColumns(firstRow.cells)
    : unnamedColumns(trimTrailingEmpty(firstRow.cells).length);
  if (columns.length === 0) {
    await rows.return(undefined);
    throw new SpreadsheetError("no_columns", "The header row has no column names.");
  }

  const shape = createRowShaper(
    columns.length,
    info.separator,
    present ? firstRow.rowNumber + 1 : firstRow.rowNumber,
  );
  return {
    info: { ...info, header, columns, headerRowNumber: present ? firstRow.rowNumber : null },
    batches: shapedBatches(rows, present ? rest : [firstRow, ...rest], shape),
    bytesRead: () => counter.bytesRead,
    size: source.size,
  };
}

/** Every event of an opened spreadsheet, one at a time (for consumers that need no speed). */
export async function* eachEvent(opened: OpenedSpreadsheet): AsyncGenerator<SheetEvent> {
  for await (const batch of opened.batches) yield* batch;
}

/** The file's description and its first data rows, for the mapping step. */
export async function previewSpreadsheet(
  source: SpreadsheetSource,
  options: { header?: HeaderChoice; rows?: number } = {},
): Promise<{ info: SpreadsheetInfo; sample: SheetEvent[] }> {
  const opened = await openSpreadsheet(source, options);
  const sample: SheetEvent[] = [];
  const wanted = options.rows ?? 5;
  try {
    for await (const batch of opened.batches) {
      for (const event of batch)
        if (event.kind !== "empty" && sample.length < wanted) sample.push(event);
      if (sample.length >= wanted) break;
    }
  } finally {
    await opened.batches.return(undefined);
  }
  return { info: opened.info, sample };
}
