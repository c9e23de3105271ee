import "server-only";
import { db } from "@/lib/db/client";
import { environmentSenderLabel } from "@/lib/senders/environment-sender-label";
import type { OverviewData } from "./overview-data";
import { loadOverview } from "./query/load-overview";
import type { OverviewRange } from "./range-schema";

/** Sends per day by outcome, failure reasons, top templates and per-sender totals. */
export async function getOverview(range: OverviewRange, timeZone: string): Promise<OverviewData> {
  return loadOverview(db, range, { timeZone, environmentSender: environmentSenderLabel() });
}
