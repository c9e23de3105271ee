import { canSend } from "@/lib/auth/roles";
import { pickRecipients } from "@/lib/contacts/pick-recipients";
import { recipientPickQuerySchema } from "@/lib/contacts/recipient-pick-schema";
import { guardedJsonRoute } from "@/lib/http/route-guard";

export const dynamic = "force-dynamic";

/**
 * GET /api/composer/contacts?q=…&tag=… — contacts to add as recipients (name or number, tag),
 * without the opted-out ones.
 */
export const GET = guardedJsonRoute(
  {
    name: "composer.contacts",
    roles: canSend,
    query: recipientPickQuerySchema,
    invalidMessage: "Search for a contact or choose a tag.",
  },
  ({ query }) => pickRecipients(query),
);
