import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { canRead } from "@/lib/auth/roles";
import { exportCampaignResults } from "@/lib/campaigns/export-results";
import { campaignIdSchema } from "@/lib/campaigns/schema";
import { guardedRoute } from "@/lib/http/route-guard";

// GET /api/campaigns/{id}/export: every recipient's result as CSV, streamed.
export const GET = guardedRoute(
  {
    name: "campaigns:export",
    roles: canRead,
    params: z.object({ id: campaignIdSchema }),
    invalidMessage: "Kabar cannot read this campaign link.",
  },
  async (_request, { params }) => {
    const t = await getTranslations("campaigns.export");
    const result = await exportCampaignResults(params.id, (column) => t(column));
    return new Response(result.body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${result.fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
