import { z } from "zod";
import { canSend } from "@/lib/auth/roles";
import { importIdSchema } from "@/lib/contacts/import/fields";
import { importReportPath } from "@/lib/contacts/import/manage-import";
import { fileStream } from "@/lib/http/file-stream";
import { guardedRoute } from "@/lib/http/route-guard";

/** GET /api/contacts/imports/:id/report — the rows that were rejected, skipped or noted, as CSV. */
export const GET = guardedRoute(
  {
    name: "contacts.import.report",
    roles: canSend,
    params: z.object({ id: importIdSchema }),
    invalidMessage: "That is not an import id.",
  },
  async (_request, { params }) => {
    const report = await importReportPath(params.id);
    return new Response(fileStream(report.path), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${report.fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
