// What the spreadsheet kernel reads out of a CSV or XLSX file. Safe for client and server (the
// mapping step shows `SpreadsheetInfo` and sample rows in the browser).

export type SpreadsheetFormat = "csv" | "xlsx";

/** How the text of a CSV file was written. */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export const encodingLabels: Record<TextEncodingName, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 (with byte-order mark)",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1252": "Windows-1252 (Western European)",
};

export const SEPARATORS = [",", ";", "\t", "|"] as const;
export type Separator = (typeof SEPARATORS)[number];

export const separatorLabels: Record<Separator, string> = {
  ",": "comma (,)",
  ";": "semicolon (;)",
  "\t": "tab",
  "|": "vertical bar (|)",
};

/** What decided the header row, in words for the mapping step. */
export type HeaderDecision =
  | { present: true; how: "detected" | "chosen" }
  | { present: false; how: "detected"; reason: string }
  | { present: false; how: "chosen" };

export type SpreadsheetColumn = {
  /** 0-based position in the row. */
  index: number;
  /** The header cell as written, or "Column A" when there is no header (or it is empty). */
  name: string;
  /** Header cells repeated or left empty are renamed; this says how. */
  note?: string;
};

export type SpreadsheetInfo = {
  format: SpreadsheetFormat;
  /** CSV only. */
  encoding?: TextEncodingName;
  /** CSV only; undefined when every row has one column. */
  separator?: Separator;
  /** XLSX only: the sheet that was read (the first one). */
  sheetName?: string;
  header: HeaderDecision;
  columns: SpreadsheetColumn[];
  /** Spreadsheet row number of the header row (1 when the file starts with it); null without one. */
  headerRowNumber: number | null;
};

/** One data row: `rowNumber` is the row as a spreadsheet program shows it (header row = 1). */
export type SheetRow = {
  rowNumber: number;
  /** Cell texts by column, as many as the columns (missing trailing cells are ""). */
  cells: string[];
  /** XLSX: true where the cell held a number, not text (Excel drops leading zeros from those). */
  numberCells: boolean[];
};

export type SheetEvent =
  | { kind: "row"; row: SheetRow }
  | { kind: "empty"; rowNumber: number }
  /** A row that cannot be read as the header says (e.g. more values than columns). */
  | { kind: "malformed"; rowNumber: number; cells: string[]; message: string };
