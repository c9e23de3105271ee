import "server-only";
import { db } from "@/lib/db/client";
import { toCampaignView, type CampaignView } from "./campaign-row";
import type { RecipientStatus } from "./schema";

export type CampaignListItem = CampaignView & { counts: Partial<Record<RecipientStatus, number>> };

/** The newest campaigns (ids are time-ordered), each with its recipients counted by status. */
export async function listCampaigns(limit = 100): Promise<CampaignListItem[]> {
  const rows = await db.campaign.findMany({
    orderBy: { id: "desc" },
    take: limit,
    include: {
      createdBy: { select: { id: true, name: true } },
      launchedBy: { select: { id: true, name: true } },
    },
  });
  const counts = await db.campaignRecipient.groupBy({
    by: ["campaignId", "status"],
    where: { campaignId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const byCampaign = new Map<string, Partial<Record<RecipientStatus, number>>>();
  for (const c of counts) {
    const entry = byCampaign.get(c.campaignId) ?? {};
    entry[c.status as RecipientStatus] = c._count._all;
    byCampaign.set(c.campaignId, entry);
  }
  return rows.map((row) => ({ ...toCampaignView(row), counts: byCampaign.get(row.id) ?? {} }));
}
