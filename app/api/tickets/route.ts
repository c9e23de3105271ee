import { NextResponse } from "next/server";
import { canRead } from "@/lib/auth/roles";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors } from "@/lib/errors/field-errors";
import { guardedRoute } from "@/lib/http/route-guard";
import { columnRequestSchema } from "@/lib/tickets/column-request";
import { loadTicketColumn } from "@/lib/tickets/load-ticket-column";

export const dynamic = "force-dynamic";

/**
 * GET /api/tickets?status=open&from=YYYY-MM-DD&to=YYYY-MM-DD&page=1&perPage=20 — one column
 * page. A helpdesk failure answers 502 with the problem in plain words (the route guard).
 */
export const GET = guardedRoute(canRead, "api:tickets.list", async (request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = columnRequestSchema.safeParse(query);
  if (!parsed.success) {
    throw new ExpectedError(
      "invalid_input",
      "The board asked for tickets in a way Kabar cannot read.",
      { fieldErrors: toFieldErrors(parsed.error) },
    );
  }
  const page = await loadTicketColumn(parsed.data);
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});
