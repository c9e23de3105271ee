import { z } from "zod";
import { canRead } from "@/lib/auth/roles";
import { guardedJsonRoute } from "@/lib/http/route-guard";
import { ticketCodeSchema } from "@/lib/tickets/schema";
import { loadTicketDetail } from "@/lib/tickets/load-ticket-detail";

export const dynamic = "force-dynamic";

/** GET /api/tickets/:code — one ticket with its whole conversation (404 when there is none). */
export const GET = guardedJsonRoute(
  {
    name: "api:tickets.detail",
    roles: canRead,
    params: z.object({ code: ticketCodeSchema }),
    invalidMessage: "That is not a ticket code.",
  },
  ({ params }) => loadTicketDetail(params.code),
);
