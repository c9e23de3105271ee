import "server-only";
import { db } from "@/lib/db/client";
import { textChunkStream } from "@/lib/http/text-chunk-stream";
import { dayInZone } from "@/lib/time/format";
import { exportContactsCsv } from "./query/export-contacts-csv";
import { countContacts } from "./query/select-contacts";
import type { ContactFilter } from "./schema";

/** Starts a CSV export of every contact matching `filter`, newest first, streamed. */
export async function exportContacts(filter: ContactFilter, timeZone: string, now = new Date()) {
  const total = await countContacts(db, filter);
  return {
    body: textChunkStream(exportContactsCsv(db, filter), "contacts export"),
    total,
    fileName: `kabar-contacts-${dayInZone(now, timeZone)}.csv`,
  };
}
