// The spreadsheet kernel: reading CSV/XLSX as people make them, mapping columns to fields,
// reading phone cells Excel mangled, and the per-row report. Server-side (streams, files);
// the browser imports ./mapping and ./types directly.
export { SpreadsheetError, type SpreadsheetProblem } from "./errors";
export {
  openSpreadsheet,
  previewSpreadsheet,
  eachEvent,
  type HeaderChoice,
  type OpenedSpreadsheet,
} from "./read-spreadsheet";
export { bytesSource, fileSource, textSource, type SpreadsheetSource } from "./source";
export { readPhoneCell, type PhoneCellResult, type PhoneCellProblem } from "./phone-cell";
export * from "./mapping";
export { createRowReport, rowOutcomeLabels, type RowOutcome, type RowReport } from "./row-report";
export * from "./types";
