import { z } from "zod";
import { canSend } from "@/lib/auth/roles";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { exportRejectedRows } from "@/lib/campaigns/review/wizard-steps";
import { campaignIdSchema } from "@/lib/campaigns/schema";
import { guardedRoute } from "@/lib/http/route-guard";

// GET /campaigns/new/rejected-rows?id=… — the rows a draft campaign will not send to, as CSV.
export const GET = guardedRoute(
  {
    name: "campaigns.wizard.rejected-rows",
    roles: canSend,
    query: z.object({ id: campaignIdSchema }),
  },
  async (_request, { query }) => {
    const campaign = await getCampaign(query.id);
    const csv = await exportRejectedRows(query.id);
    const name = `${campaign.name.replace(/[^\w.-]+/g, "_").slice(0, 60) || "campaign"}-rejected-rows.csv`;
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
