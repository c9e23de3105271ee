import { NextResponse } from "next/server";
import { z } from "zod";
import { canSend } from "@/lib/auth/roles";
import { importIdSchema } from "@/lib/contacts/import/fields";
import { getImportProgress } from "@/lib/contacts/import/manage-import";
import { guardedRoute } from "@/lib/http/route-guard";

export const dynamic = "force-dynamic";

/** GET /api/contacts/imports/:id — how far an import is (the import page polls it). */
export const GET = guardedRoute(
  {
    name: "contacts.import.progress",
    roles: canSend,
    params: z.object({ id: importIdSchema }),
    invalidMessage: "That is not an import id.",
  },
  async (_request, { params }) =>
    NextResponse.json(await getImportProgress(params.id), {
      headers: { "Cache-Control": "no-store" },
    }),
);
