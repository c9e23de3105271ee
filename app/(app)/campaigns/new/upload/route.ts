import { NextResponse } from "next/server";
import { z } from "zod";
import { canSend } from "@/lib/auth/roles";
import { storeAudienceUpload } from "@/lib/campaigns/audience/uploads";
import { ExpectedError } from "@/lib/errors/expected-error";
import { guardedRoute } from "@/lib/http/route-guard";

const metaSchema = z.object({
  name: z
    .string({ error: "The upload did not say the file's name" })
    .min(1, "The upload did not say the file's name")
    .max(255, "The file name is too long"),
  size: z.coerce.number().int().nonnegative().nullable(),
});

const decode = (value: string | null) => {
  try {
    return value === null ? undefined : decodeURIComponent(value);
  } catch {
    return value ?? undefined;
  }
};

// POST /campaigns/new/upload — an audience spreadsheet as the raw body, its name in X-File-Name
// (URI-encoded). Streamed to disk; the answer names the upload for the audience step.
export const POST = guardedRoute(
  { name: "campaigns.wizard.upload", roles: canSend },
  async (request) => {
    const meta = metaSchema.safeParse({
      name: decode(request.headers.get("x-file-name")),
      size: request.headers.get("content-length"),
    });
    if (!meta.success)
      throw new ExpectedError("invalid_input", meta.error.issues[0]?.message ?? "Invalid upload.");
    if (!request.body) throw new ExpectedError("empty", "The upload carried no file.");
    const stored = await storeAudienceUpload(request.body, meta.data.size);
    return NextResponse.json(
      { uploadId: stored.uploadId, fileName: meta.data.name },
      {
        status: 201,
        headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
      },
    );
  },
);
