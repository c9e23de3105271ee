import { NextResponse } from "next/server";
import { z } from "zod";
import { canSend } from "@/lib/auth/roles";
import { IMPORT_KINDS } from "@/lib/contacts/import/fields";
import { createImport } from "@/lib/contacts/import/preview-import";
import { receiveUpload } from "@/lib/contacts/import/receive-upload";
import { ExpectedError } from "@/lib/errors/expected-error";
import { guardedRoute } from "@/lib/http/route-guard";
import { readUploadMeta } from "@/lib/http/upload-meta";

const querySchema = z.object({
  kind: z.enum(IMPORT_KINDS, { error: "Say what the file is for: contacts or opt-outs" }),
});

// POST /api/contacts/imports/upload?kind=contacts|opt_outs — the raw file as the body
// (XMLHttpRequest, for upload progress), its name in X-File-Name (URI-encoded). The body streams
// to disk; the answer describes the file for the column-mapping step.
export const POST = guardedRoute(
  { name: "contacts.import.upload", roles: canSend, query: querySchema },
  async (request, { user, query }) => {
    const meta = readUploadMeta(request);
    if (!request.body) throw new ExpectedError("empty", "The upload carried no file.");
    const received = await receiveUpload(request.body, meta.size);
    const preview = await createImport({
      kind: query.kind,
      fileName: meta.name,
      tempPath: received.path,
      size: received.size,
      userId: user.id,
    });
    // This path runs outside proxy.ts (which would buffer the body), so set nosniff here.
    return NextResponse.json(preview, {
      status: 201,
      headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
    });
  },
);
