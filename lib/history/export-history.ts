import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
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
  const encoder = new TextEncoder();
  let cancelled = false;
  // pull() runs only when the reader wants more: a slow download slows the database reads
  // instead of piling rows up in memory.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (cancelled) return; // the download was abandoned while this batch was read
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger.error("history export failed", { error });
        if (!cancelled) controller.error(error);
      }
    },
    async cancel() {
      cancelled = true;
      // Ends the generator after the batch in flight: no more database reads.
      await chunks.return(undefined).catch(() => undefined);
    },
  });
  return { body, total, fileName: exportFileName(filter, timeZone, now) };
}
