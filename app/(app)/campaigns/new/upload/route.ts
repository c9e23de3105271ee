import { NextResponse } from "next/server";
import { canSend } from "@/lib/auth/roles";
import { storeAudienceUpload } from "@/lib/campaigns/audience/uploads";
import { ExpectedError } from "@/lib/errors/expected-error";
import { readUploadMeta } from "@/lib/http/upload-meta";
import { guardedRoute } from "@/lib/http/route-guard";

// POST /campaigns/new/upload — an audience spreadsheet as the raw body, its name in X-File-Name
// (URI-encoded). Streamed to disk; the answer names the upload for the audience step.
export const POST = guardedRoute(
  { name: "campaigns.wizard.upload", roles: canSend },
  async (request) => {
    const meta = readUploadMeta(request);
    if (!request.body) throw new ExpectedError("empty", "The upload carried no file.");
    const stored = await storeAudienceUpload(request.body, meta.size);
    return NextResponse.json(
      { uploadId: stored.uploadId, fileName: meta.name.slice(0, 255) },
      {
        status: 201,
        headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
      },
    );
  },
);
