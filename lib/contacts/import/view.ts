// An import as the browser follows it. Safe for client and server.
import type { ColumnMapping } from "@/lib/spreadsheet/mapping";
import type { SpreadsheetInfo } from "@/lib/spreadsheet/types";
import type { ImportKind } from "./fields";

export const IMPORT_STATUSES = [
  "uploaded",
  "staging",
  "applying",
  "done",
  "cancelled",
  "failed",
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportPreview = {
  importId: string;
  kind: ImportKind;
  fileName: string;
  info: SpreadsheetInfo;
  /** The first rows, each with its cells (or why it cannot be read). */
  sample: { rowNumber: number; cells: string[]; problem?: string }[];
  suggestion: ColumnMapping;
};

export type ImportProgress = {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  /** Share of the file read, 0 to 1. */
  fraction: number;
  rowsRead: number;
  staged: number;
  rejected: number;
  skipped: number;
  noted: number;
  created: number;
  updated: number;
  errorMessage: string | null;
  /** A report of rejected, skipped and noted rows can be downloaded. */
  hasReport: boolean;
};

export const importStatusLabels: Record<ImportStatus, string> = {
  uploaded: "Waiting for the columns to be chosen",
  staging: "Reading the file",
  applying: "Saving the contacts",
  done: "Finished",
  cancelled: "Cancelled: nothing was imported",
  failed: "Failed: nothing was imported",
};
