import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { exportHistory } from "@/lib/history/export-history";
import { filterOf, historyQuerySchema } from "@/lib/history/filter-schema";

// The current history filter as a CSV download, streamed batch by batch from the database.
export const GET = guardedRoute(
  {
    name: "history:export",
    roles: canRead,
    query: historyQuerySchema,
    invalidMessage: "Some filters need attention.",
  },
  async (_request, actor) => {
    const result = await exportHistory(filterOf(actor.query), actor);
    return new Response(result.body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${result.fileName}"`,
        "Cache-Control": "no-store",
        "X-Total-Count": String(result.total),
      },
    });
  },
);
