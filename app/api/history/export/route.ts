import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { canRead } from "@/lib/auth/roles";
import { clientIpFrom } from "@/lib/http/client-ip";
import { guardedRoute } from "@/lib/http/route-guard";
import { exportHistory } from "@/lib/history/export-history";
import { filterOf } from "@/lib/history/filter-schema";
import { parseHistoryQueryOrThrow } from "@/lib/history/parse-history-query-or-throw";

// The current history filter as a CSV download, streamed batch by batch from the database.
export const GET = guardedRoute(canRead, "history:export", async (request, { user }) => {
  const filter = filterOf(parseHistoryQueryOrThrow(request.url));
  const result = await exportHistory(filter, user.timeZone);
  // Exports carry customer numbers out of Kabar: who took which slice is worth keeping.
  await recordAuditEvent({
    action: "history.exported",
    actor: user,
    target: `${result.total} sends`,
    ip: clientIpFrom(request.headers),
    detail: { filter },
  });
  return new Response(result.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(result.total),
    },
  });
});
