import { z } from "zod";
import { canRead } from "@/lib/auth/roles";
import { getCampaignProgress } from "@/lib/campaigns/get-campaign";
import { campaignIdSchema } from "@/lib/campaigns/schema";
import { guardedJsonRoute } from "@/lib/http/route-guard";

export const dynamic = "force-dynamic";

/** GET /api/campaigns/{id}/progress — the campaign page's live figures. */
export const GET = guardedJsonRoute(
  {
    name: "campaigns:progress",
    roles: canRead,
    params: z.object({ id: campaignIdSchema }),
    invalidMessage: "Kabar cannot read this campaign link.",
  },
  ({ params }) => getCampaignProgress(params.id),
);
