import { NextResponse } from "next/server";
import { ExpectedError } from "@/lib/errors/expected-error";
import { canSend } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { addUploadedMedia } from "@/lib/media/add-uploaded-media";
import { parseUploadRequest } from "@/lib/media/parse-upload-request";
import type { MediaSaved } from "@/lib/media/schema";

// POST /api/media/upload — the raw file as the body (XMLHttpRequest, so the browser can show
// upload progress; a server action cannot), its name in X-File-Name (URI-encoded), optionally
// ?kind= to accept one kind only. The body streams to disk; it is never held whole in memory.
export const POST = guardedRoute(
  { name: "media.upload", roles: canSend },
  async (request, { user }) => {
    const meta = parseUploadRequest(request);
    if (!request.body) throw new ExpectedError("empty", "The upload carried no file.");
    const saved: MediaSaved = await addUploadedMedia(request.body, meta, user);
    // This path runs outside proxy.ts (which would buffer the body), so set nosniff here.
    return NextResponse.json(saved, {
      status: saved.duplicate ? 200 : 201,
      headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
    });
  },
);
