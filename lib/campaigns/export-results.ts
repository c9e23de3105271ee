import "server-only";
import Papa from "papaparse";
import { textChunkStream } from "@/lib/http/text-chunk-stream";
import { csvOutConfig } from "@/lib/spreadsheet/csv-out";
import { listCampaignRecipients } from "./list-recipients";
import { getCampaign } from "./get-campaign";

const BATCH = 1_000;

/** The export's columns in order; the header row names them in the reader's language. */
export const EXPORT_COLUMNS = [
  "row",
  "number",
  "name",
  "status",
  "errorCode",
  "reason",
  "values",
] as const;

/** A column's header in the reader's language (the status column keeps its codes, for spreadsheets). */
export type ExportHeader = (column: (typeof EXPORT_COLUMNS)[number]) => string;

async function* resultRows(
  id: string,
  header: ExportHeader,
): AsyncGenerator<string, void, undefined> {
  yield `\uFEFF${Papa.unparse([EXPORT_COLUMNS.map(header)], csvOutConfig)}\r\n`;
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const page = await listCampaignRecipients(id, {}, after ? { after } : {}, BATCH);
    if (page.rows.length === 0) return;
    yield `${Papa.unparse(
      page.rows.map((r) => [
        r.row,
        `+${r.to}`,
        r.name ?? "",
        r.status,
        r.errorCode ?? "",
        r.reason ?? "",
        JSON.stringify(r.values),
      ]),
      csvOutConfig,
    )}\r\n`;
    const last = page.rows.at(-1)!;
    if (!page.olderCursor) return;
    after = { at: last.createdAt, id: last.id };
  }
}

/** Every recipient's result as CSV, streamed a thousand rows at a time (flat memory). */
export async function exportCampaignResults(id: string, header: ExportHeader) {
  const campaign = await getCampaign(id);
  const slug = campaign.name.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 40) || "campaign";
  return {
    body: textChunkStream(resultRows(id, header), "campaign export"),
    fileName: `kabar-campaign-${slug}.csv`,
  };
}
