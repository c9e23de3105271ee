import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/expected-error";
import { readCampaignProgress, type CampaignProgress } from "./campaign-progress";
import { toCampaignView, type CampaignView } from "./campaign-row";

/** One campaign (any status), or not_found. */
export async function getCampaign(id: string): Promise<CampaignView> {
  const row = await db.campaign.findUnique({
    where: { id },
    include: {
      createdBy: { select: { id: true, name: true } },
      launchedBy: { select: { id: true, name: true } },
    },
  });
  if (!row) throw new NotFoundError("The campaign");
  return toCampaignView(row);
}

/** The live figures of one campaign (lib/campaigns/campaign-progress.ts), or not_found. */
export async function getCampaignProgress(id: string): Promise<CampaignProgress> {
  const progress = await readCampaignProgress(db, id);
  if (!progress) throw new NotFoundError("The campaign");
  return progress;
}
