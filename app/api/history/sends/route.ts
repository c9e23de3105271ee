import { NextResponse } from "next/server";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { listSends } from "@/lib/history/list-sends";
import { parseHistoryQueryOrThrow } from "@/lib/history/parse-history-query-or-throw";

// The live history list: the page renders its first result on the server, then refetches here.
export const GET = guardedRoute(canRead, "history:list", async (request, { user }) => {
  const query = parseHistoryQueryOrThrow(request.url);
  const page = await listSends(query, user.timeZone);
  return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
});
