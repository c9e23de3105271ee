import { canRead } from "@/lib/auth/roles";
import { guardedJsonRoute } from "@/lib/http/route-guard";
import { columnRequestSchema } from "@/lib/tickets/column-request";
import { loadTicketColumn } from "@/lib/tickets/load-ticket-column";

export const dynamic = "force-dynamic";

/**
 * GET /api/tickets?status=open&from=YYYY-MM-DD&to=YYYY-MM-DD&page=1&perPage=20 — one column
 * page. A helpdesk failure answers 502 with the problem in plain words.
 */
export const GET = guardedJsonRoute(
  {
    name: "api:tickets.list",
    roles: canRead,
    query: columnRequestSchema,
    invalidMessage: "The board asked for tickets in a way Kabar cannot read.",
  },
  ({ query }) => loadTicketColumn(query),
);
