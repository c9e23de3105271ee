import { canRead } from "@/lib/auth/roles";
import { guardedJsonRoute } from "@/lib/http/route-guard";
import { historyQuerySchema } from "@/lib/history/filter-schema";
import { listSends } from "@/lib/history/list-sends";

// The live history list: the page renders its first result on the server, then refetches here.
export const GET = guardedJsonRoute(
  {
    name: "history:list",
    roles: canRead,
    query: historyQuerySchema,
    invalidMessage: "Some filters need attention.",
  },
  ({ user, query }) => listSends(query, user.timeZone),
);
