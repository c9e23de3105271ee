import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { textChunkStream } from "@/lib/http/text-chunk-stream";
import { environmentSenderLabel } from "@/lib/senders/environment-sender-label";
import type { HistoryFilter } from "./filter-schema";
import { exportFileName } from "./export-file-name";
import { exportSendsCsv } from "./query/export-sends-csv";
import { buildSendConditions } from "./query/send-conditions";
import { countSends } from "./query/select-sends";

export interface HistoryExport {
  /** UTF-8 CSV, produced batch by batch as the reader pulls. */
  body: ReadableStream<Uint8Array>;
  /** Rows the export will hold (header excluded), for the browser's progress bar. */
  total: number;
  fileName: string;
}

/**
 * Starts a CSV export of every send matching `filter`, newest first, with times in the actor's
 * zone. Audited: exports carry customer numbers out of Kabar, so who took which slice is kept.
 */
export async function exportHistory(
  filter: HistoryFilter,
  actor: Actor,
  now: Date = new Date(),
): Promise<HistoryExport> {
  const { timeZone } = actor.user;
  const conditions = await buildSendConditions(db, filter, timeZone);
  const total = await countSends(db, conditions);
  await recordAuditEvent({
    action: "history.exported",
    actor: actor.user,
    target: `${total} sends`,
    ip: actor.ip,
    detail: { filter },
  });
  const chunks = exportSendsCsv(db, conditions, {
    timeZone,
    environmentSender: environmentSenderLabel(),
  });
  const body = textChunkStream(chunks, "history export");
  return { body, total, fileName: exportFileName(filter, timeZone, now) };
}
