import { NextResponse } from "next/server";
import { NotFoundError, ExpectedError } from "@/lib/actions/errors";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { ticketCodeSchema } from "@/lib/tickets/schema";
import { loadTicketDetail } from "@/lib/tickets/load-ticket-detail";
import type { TicketApiError } from "@/lib/tickets/types";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code?: string }> };

/** GET /api/tickets/:code — one ticket with its whole conversation. */
export const GET = guardedRoute<Context>(
  canRead,
  "api:tickets.detail",
  async (_request, { params }) => {
    const code = ticketCodeSchema.safeParse((await params).code ?? "");
    if (!code.success)
      throw new ExpectedError("That is not a ticket code.", undefined, "invalid_input");
    const result = await loadTicketDetail(code.data);
    if (result.ok)
      return NextResponse.json(result.ticket, { headers: { "Cache-Control": "no-store" } });
    if (result.notFound) throw new NotFoundError(`Ticket #${code.data}`);
    const body: TicketApiError = {
      error: result.problem.meaning,
      code: result.problem.code,
      problem: result.problem,
    };
    return NextResponse.json(body, { status: 502, headers: { "Cache-Control": "no-store" } });
  },
);
