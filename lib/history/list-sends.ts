import "server-only";
import { db } from "@/lib/db/client";
import { environmentSenderLabel } from "@/lib/senders/environment-sender-label";
import type { HistoryQuery } from "./filter-schema";
import { listSendsPage } from "./query/list-sends-page";
import type { SendListPage } from "./send-list-item";

/** One page of send history for a viewer, newest first (keyset paging, see query/). */
export async function listSends(query: HistoryQuery, timeZone: string): Promise<SendListPage> {
  return listSendsPage(db, query, { timeZone, environmentSender: environmentSenderLabel() });
}
