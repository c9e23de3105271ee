import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { textChunkStream } from "@/lib/http/text-chunk-stream";
import { dayInZone } from "@/lib/time/format";
import { exportContactsCsv } from "./query/export-contacts-csv";
import { countContacts } from "./query/select-contacts";
import type { ContactFilter } from "./schema";

/**
 * Starts a CSV export of every contact matching `filter`, newest first, streamed. Audited:
 * exports carry customer data out of Kabar, so who took which slice is kept.
 */
export async function exportContacts(filter: ContactFilter, actor: Actor, now = new Date()) {
  const total = await countContacts(db, filter);
  await recordAuditEvent({
    action: "contacts.exported",
    actor: actor.user,
    target: `${total} contacts`,
    ip: actor.ip,
    detail: { filter },
  });
  return {
    body: textChunkStream(exportContactsCsv(db, filter), "contacts export"),
    total,
    fileName: `kabar-contacts-${dayInZone(now, actor.user.timeZone)}.csv`,
  };
}
