// Why a file cannot be read at all (each row's own problems are reported per row instead).
export type SpreadsheetProblem =
  | "empty_file"
  | "unsupported_format"
  | "old_excel"
  | "unreadable_xlsx"
  | "no_sheet"
  | "no_columns"
  | "unreadable_csv";

/** Thrown by the reader; `message` is a whole sentence to show as it is. */
export class SpreadsheetError extends Error {
  constructor(
    readonly problem: SpreadsheetProblem,
    message: string,
  ) {
    super(message);
    this.name = "SpreadsheetError";
  }
}
