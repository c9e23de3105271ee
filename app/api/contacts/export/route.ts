import { canRead } from "@/lib/auth/roles";
import { exportContacts } from "@/lib/contacts/export-contacts";
import { contactFilterSchema } from "@/lib/contacts/schema";
import { guardedRoute } from "@/lib/http/route-guard";

// GET /api/contacts/export?tag=…: the contacts of the current filter as CSV, streamed batch by
// batch from the database (attributes, tags, opt-out state).
export const GET = guardedRoute(
  {
    name: "contacts:export",
    roles: canRead,
    query: contactFilterSchema,
    invalidMessage: "Fix the filters, then export again.",
  },
  async (_request, actor) => {
    const result = await exportContacts(actor.query, actor);
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
