// What a campaign's page shows live: counts by status, the rate of the last minute and the time
// left at it, failure reasons by code in plain words (the failure catalogue), and whether any
// delivery worker is alive (a running campaign with none says so, never "sending").
import type { Db } from "@/lib/db/create-client";
import { liveWorkerCount } from "@/lib/delivery/workers";
import { describeRecipientResult } from "@/lib/wording/describe-failure";
import { recipientStatuses, type CampaignStatus, type RecipientStatus } from "./schema";

export type FailureReason = {
  status: RecipientStatus;
  code: string | null;
  title: string;
  meaning: string;
  count: number;
};

export type CampaignProgress = {
  id: string;
  status: CampaignStatus;
  total: number;
  counts: Record<RecipientStatus, number>;
  /** Recipients that reached an outcome in the last minute, per second. */
  ratePerSecond: number;
  /** Seconds left at that rate, or null (no rate yet, or nothing left). */
  etaSeconds: number | null;
  reasons: FailureReason[];
  liveWorkers: number;
  /** ISO time the figures were read. */
  at: string;
};

const OPEN: RecipientStatus[] = ["planned", "queued", "dispatched"];
const FINISHED: RecipientStatus[] = ["sent", "invalid", "failed", "unknown", "skipped"];
const RATE_WINDOW_MS = 60_000;

export async function readCampaignProgress(
  db: Db,
  id: string,
  now: Date = new Date(),
): Promise<CampaignProgress | null> {
  const campaign = await db.campaign.findUnique({
    where: { id },
    select: { status: true, recipientCount: true },
  });
  if (!campaign) return null;
  const [byStatus, byCode, recent, liveWorkers] = await Promise.all([
    db.campaignRecipient.groupBy({
      by: ["status"],
      where: { campaignId: id },
      _count: { _all: true },
    }),
    db.campaignRecipient.groupBy({
      by: ["status", "errorCode"],
      where: { campaignId: id, status: { in: ["invalid", "failed", "unknown", "skipped"] } },
      _count: { _all: true },
    }),
    db.campaignRecipient.count({
      where: {
        campaignId: id,
        status: { in: FINISHED },
        updatedAt: { gt: new Date(now.getTime() - RATE_WINDOW_MS) },
      },
    }),
    liveWorkerCount(db, now),
  ]);
  const counts = Object.fromEntries(recipientStatuses.map((s) => [s, 0])) as Record<
    RecipientStatus,
    number
  >;
  for (const g of byStatus) counts[g.status as RecipientStatus] = g._count._all;
  const open = OPEN.reduce((sum, s) => sum + counts[s], 0);
  const ratePerSecond = recent / (RATE_WINDOW_MS / 1000);
  const reasons = byCode
    .map((g): FailureReason => {
      const status = g.status as RecipientStatus;
      const wording =
        status === "skipped" && g.errorCode === "opted_out"
          ? {
              title: "Opted out",
              meaning: "The customer asked not to get messages; Kabar did not send to them.",
            }
          : describeRecipientResult(status, g.errorCode);
      return {
        status,
        code: g.errorCode,
        title: wording?.title ?? status,
        meaning: wording?.meaning ?? "",
        count: g._count._all,
      };
    })
    .sort((a, b) => b.count - a.count);
  return {
    id,
    status: campaign.status as CampaignStatus,
    total: campaign.recipientCount,
    counts,
    ratePerSecond,
    etaSeconds: open > 0 && ratePerSecond > 0 ? Math.ceil(open / ratePerSecond) : null,
    reasons,
    liveWorkers,
    at: now.toISOString(),
  };
}
