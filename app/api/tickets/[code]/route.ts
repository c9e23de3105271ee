import { NextResponse } from "next/server";
import { z } from "zod";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { ticketCodeSchema } from "@/lib/tickets/schema";
import { loadTicketDetail } from "@/lib/tickets/load-ticket-detail";

export const dynamic = "force-dynamic";

/** GET /api/tickets/:code — one ticket with its whole conversation (404 when there is none). */
export const GET = guardedRoute(
  {
    name: "api:tickets.detail",
    roles: canRead,
    params: z.object({ code: ticketCodeSchema }),
    invalidMessage: "That is not a ticket code.",
  },
  async (_request, { params }) => {
    const ticket = await loadTicketDetail(params.code);
    return NextResponse.json(ticket, { headers: { "Cache-Control": "no-store" } });
  },
);
