// The rows a campaign will not send to, as a CSV to fix in a spreadsheet program and upload
// again: where the row came from, its number as written, why, and its original cells. Written
// with the spreadsheet kernel's CSV settings (formulas defused, a byte-order mark for Excel).
import Papa from "papaparse";
import { audienceSourceLabels, type Audience } from "@/lib/campaigns/audience/types";
import { csvOutConfig } from "@/lib/spreadsheet/csv-out";
import type { RowRejection } from "./review-audience";

export function rejectedRowsCsv(
  audience: Audience,
  rejections: ReadonlyMap<number, RowRejection>,
): string {
  const rows: string[][] = [["Source", "Row", "Number", "Problem", "Reason", "Cells"]];
  for (const row of audience.rejected) {
    rows.push([
      audienceSourceLabels[row.source],
      String(row.sourceRow),
      "",
      "Invalid row",
      row.reason,
      ...row.cells,
    ]);
  }
  for (const member of audience.members) {
    const rejection = rejections.get(member.row);
    if (!rejection) continue;
    rows.push([
      audienceSourceLabels[member.source],
      String(member.sourceRow),
      `+${member.to}`,
      rejectionLabels[rejection.kind],
      rejection.reason,
      ...Object.values(member.columns),
    ]);
  }
  return `\uFEFF${Papa.unparse(rows, csvOutConfig)}\r\n`;
}

export const rejectionLabels: Record<RowRejection["kind"], string> = {
  invalid_number: "Invalid number",
  opted_out: "Opted out",
  skipped_empty: "Skipped (empty value)",
  missing_value: "Missing a value",
  unbuildable: "Message refused",
};
