import { NextResponse } from "next/server";
import { canRead } from "@/lib/auth/roles";
import { ExpectedError } from "@/lib/errors/expected-error";
import { guardedRoute } from "@/lib/http/route-guard";
import { ticketCodeSchema } from "@/lib/tickets/schema";
import { loadTicketDetail } from "@/lib/tickets/load-ticket-detail";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code?: string }> };

/** GET /api/tickets/:code — one ticket with its whole conversation (404 when there is none). */
export const GET = guardedRoute<Context>(
  canRead,
  "api:tickets.detail",
  async (_request, { params }) => {
    const code = ticketCodeSchema.safeParse((await params).code ?? "");
    if (!code.success) throw new ExpectedError("invalid_input", "That is not a ticket code.");
    const ticket = await loadTicketDetail(code.data);
    return NextResponse.json(ticket, { headers: { "Cache-Control": "no-store" } });
  },
);
