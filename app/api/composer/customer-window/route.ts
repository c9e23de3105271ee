import { canSend } from "@/lib/auth/roles";
import { getCustomerWindows } from "@/lib/composer/customer-window";
import { customerWindowQuerySchema } from "@/lib/composer/customer-window-schema";
import { guardedJsonRoute } from "@/lib/http/route-guard";

export const dynamic = "force-dynamic";

/**
 * GET /api/composer/customer-window?numbers=+62…,+62…&ticketCode=…&fresh=1 — WhatsApp's 24-hour
 * window of each number, looked up in the helpdesk (the composer says it before sending).
 */
export const GET = guardedJsonRoute(
  {
    name: "composer.customer-window",
    roles: canSend,
    query: customerWindowQuerySchema,
    invalidMessage: "The composer asked about the numbers in a way Kabar cannot read.",
  },
  ({ query }) =>
    getCustomerWindows(query.numbers, {
      ticketCode: query.ticketCode || undefined,
      fresh: query.fresh,
    }),
);
