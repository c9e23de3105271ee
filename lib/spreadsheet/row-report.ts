// The per-row report of an import: every row that was refused, skipped or read with a note, with
// its reason and its original cells, written to a CSV file as the rows go by (flat memory) so it
// can be downloaded afterwards and fixed in a spreadsheet program.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import Papa from "papaparse";
import { csvOutConfig } from "./csv-out";

export type RowOutcome = "rejected" | "skipped" | "noted";

export const rowOutcomeLabels: Record<RowOutcome, string> = {
  rejected: "Rejected",
  skipped: "Skipped",
  noted: "Imported with a note",
};

export type RowReport = {
  add: (
    rowNumber: number,
    outcome: RowOutcome,
    reason: string,
    cells: readonly string[],
  ) => Promise<void>;
  counts: () => Record<RowOutcome, number>;
  close: () => Promise<void>;
};

export function createRowReport(path: string, columnNames: readonly string[]): RowReport {
  const out: WriteStream = createWriteStream(path);
  const counts: Record<RowOutcome, number> = { rejected: 0, skipped: 0, noted: 0 };
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  // The byte-order mark lets spreadsheet programs read UTF-8 names correctly.
  const header = `\uFEFF${Papa.unparse([["Row", "Outcome", "Reason", ...columnNames]], csvOutConfig)}\r\n`;
  let ready = write(header);
  return {
    add: async (rowNumber, outcome, reason, cells) => {
      counts[outcome] += 1;
      await ready;
      ready = write(
        `${Papa.unparse([[String(rowNumber), rowOutcomeLabels[outcome], reason, ...cells]], csvOutConfig)}\r\n`,
      );
      await ready;
    },
    counts: () => ({ ...counts }),
    close: async () => {
      await ready;
      out.end();
      await once(out, "finish");
    },
  };
}
