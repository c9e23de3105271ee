import { canSend } from "@/lib/auth/roles";
import { findOptedOutNumbers } from "@/lib/opt-outs/find-opted-out";
import { optOutLookupQuerySchema } from "@/lib/opt-outs/opt-out-lookup-schema";
import { guardedJsonRoute } from "@/lib/http/route-guard";

export const dynamic = "force-dynamic";

/**
 * GET /api/composer/opt-outs?numbers=+62…,+62… — the recipients that opted out, so the composer
 * marks their chips before the send path refuses them.
 */
export const GET = guardedJsonRoute(
  {
    name: "composer.opt-outs",
    roles: canSend,
    query: optOutLookupQuerySchema,
    invalidMessage: "The composer asked about the numbers in a way Kabar cannot read.",
  },
  async ({ query }) => {
    const found = await findOptedOutNumbers(query.numbers);
    return [...found.values()].map((o) => ({
      e164: o.e164,
      optedOutAt: o.optedOutAt,
      source: o.source,
      reason: o.reason,
      ticketCode: o.ticketCode,
    }));
  },
);
