import "server-only";
import Papa from "papaparse";
import { textChunkStream } from "@/lib/http/text-chunk-stream";
import { csvOutConfig } from "@/lib/spreadsheet/csv-out";
import { listCampaignRecipients } from "./list-recipients";
import { getCampaign } from "./get-campaign";

const BATCH = 1_000;

/** The header row, in the reader's language (the status column keeps its codes, for spreadsheets). */
export type ExportHeaders = readonly [string, string, string, string, string, string, string];

async function* resultRows(
  id: string,
  headers: ExportHeaders,
): AsyncGenerator<string, void, undefined> {
  yield `\uFEFF${Papa.unparse([[...headers]], csvOutConfig)}\r\n`;
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
export async function exportCampaignResults(id: string, headers: ExportHeaders) {
  const campaign = await getCampaign(id);
  const slug = campaign.name.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 40) || "campaign";
  return {
    body: textChunkStream(resultRows(id, headers), "campaign export"),
    fileName: `kabar-campaign-${slug}.csv`,
  };
}
