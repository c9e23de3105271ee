import { NextResponse } from "next/server";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { historyQuerySchema } from "@/lib/history/filter-schema";
import { listSends } from "@/lib/history/list-sends";

// The live history list: the page renders its first result on the server, then refetches here.
export const GET = guardedRoute(
  {
    name: "history:list",
    roles: canRead,
    query: historyQuerySchema,
    invalidMessage: "Some filters need attention.",
  },
  async (_request, { user, query }) => {
    const page = await listSends(query, user.timeZone);
    return NextResponse.json(page, { headers: { "Cache-Control": "no-store" } });
  },
);
