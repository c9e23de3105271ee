import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { canRead } from "@/lib/auth/roles";
import { exportContacts } from "@/lib/contacts/export-contacts";
import { contactFilterSchema } from "@/lib/contacts/schema";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors } from "@/lib/errors/field-errors";
import { searchParamsToObject } from "@/lib/history/filter-schema";
import { clientIpFrom } from "@/lib/http/client-ip";
import { guardedRoute } from "@/lib/http/route-guard";

// GET /api/contacts/export?tag=…: the contacts of the current filter as CSV, streamed batch by
// batch from the database (attributes, tags, opt-out state).
export const GET = guardedRoute(canRead, "contacts:export", async (request, { user }) => {
  const parsed = contactFilterSchema.safeParse(
    searchParamsToObject(new URL(request.url).searchParams),
  );
  if (!parsed.success)
    throw new ExpectedError("invalid_input", "Fix the filters, then export again.", {
      fieldErrors: toFieldErrors(parsed.error),
    });
  const result = await exportContacts(parsed.data, user.timeZone);
  // Exports carry customer data out of Kabar: who took which slice is worth keeping.
  await recordAuditEvent({
    action: "contacts.exported",
    actor: user,
    target: `${result.total} contacts`,
    ip: clientIpFrom(request.headers),
    detail: { filter: parsed.data },
  });
  return new Response(result.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(result.total),
    },
  });
});
