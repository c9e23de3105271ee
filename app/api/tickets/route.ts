import { NextResponse } from "next/server";
import { ExpectedError } from "@/lib/actions/errors";
import { toFieldErrors } from "@/lib/actions/define-action";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { columnRequestSchema } from "@/lib/tickets/column-request";
import { loadTicketColumn } from "@/lib/tickets/load-ticket-column";
import type { TicketApiError } from "@/lib/tickets/types";

export const dynamic = "force-dynamic";

/** GET /api/tickets?status=open&from=YYYY-MM-DD&to=YYYY-MM-DD&page=1&perPage=20 — one column page. */
export const GET = guardedRoute(canRead, "api:tickets.list", async (request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = columnRequestSchema.safeParse(query);
  if (!parsed.success) {
    throw new ExpectedError(
      "The board asked for tickets in a way Kabar cannot read.",
      toFieldErrors(parsed.error),
      "invalid_input",
    );
  }
  const result = await loadTicketColumn(parsed.data);
  if (!result.ok) {
    const body: TicketApiError = {
      error: result.problem.meaning,
      code: result.problem.code,
      problem: result.problem,
    };
    return NextResponse.json(body, { status: 502, headers: { "Cache-Control": "no-store" } });
  }
  return NextResponse.json(result.page, { headers: { "Cache-Control": "no-store" } });
});
