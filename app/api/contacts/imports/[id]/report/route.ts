import { canSend } from "@/lib/auth/roles";
import { importReportPath } from "@/lib/contacts/import/manage-import";
import { ExpectedError } from "@/lib/errors/expected-error";
import { fileStream } from "@/lib/http/file-stream";
import { guardedRoute } from "@/lib/http/route-guard";

type Context = { params: Promise<{ id?: string }> };

/** GET /api/contacts/imports/:id/report — the rows that were rejected, skipped or noted, as CSV. */
export const GET = guardedRoute<Context>(
  canSend,
  "contacts.import.report",
  async (_r, { params }) => {
    const id = (await params).id ?? "";
    if (!/^[a-z0-9]{10,40}$/.test(id))
      throw new ExpectedError("invalid_input", "That is not an import id.");
    const report = await importReportPath(id);
    return new Response(fileStream(report.path), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${report.fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
