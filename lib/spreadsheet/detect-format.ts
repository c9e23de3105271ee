// CSV or XLSX, from the file's first bytes (the name alone can lie: "data.csv" saved by Excel
// as a workbook, or an XLS renamed to .xlsx).
import { SpreadsheetError } from "./errors";
import type { SpreadsheetFormat } from "./types";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 .xls. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function detectFormat(start: Uint8Array, name: string): SpreadsheetFormat {
  if (start.length === 0) throw new SpreadsheetError("empty_file", "The file is empty.");
  if (startsWith(start, OLE2)) {
    throw new SpreadsheetError(
      "old_excel",
      "This is an old Excel file (.xls, Excel 97–2003). In Excel, choose File › Save As and save it as an Excel Workbook (.xlsx) or as CSV, then upload that file.",
    );
  }
  if (startsWith(start, ZIP)) return "xlsx";
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (["xlsx", "xlsm", "xls", "ods", "numbers"].includes(extension)) {
    throw new SpreadsheetError(
      "unsupported_format",
      `This file is named .${extension} but is not an Excel workbook Kabar can read. Save it as an Excel Workbook (.xlsx) or as CSV, then upload that file.`,
    );
  }
  if (start.includes(0x00) && !looksLikeUtf16(start)) {
    throw new SpreadsheetError(
      "unsupported_format",
      "This file is not a spreadsheet Kabar can read. Upload a CSV file or an Excel Workbook (.xlsx).",
    );
  }
  return "csv";
}

/** Text in UTF-16 has a zero byte in most characters' high half. */
export function looksLikeUtf16(start: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (start[0] === 0xff && start[1] === 0xfe) return "utf-16le";
  if (start[0] === 0xfe && start[1] === 0xff) return "utf-16be";
  const pairs = Math.floor(Math.min(start.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (start[2 * i] === 0) evenZeros++;
    if (start[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}
