import "server-only";
import { z } from "zod";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors } from "@/lib/errors/field-errors";
import type { ReceiveMeta } from "./receive-media-stream";
import { mediaKindSchema } from "./schema";

/** Header carrying the file name (URI-encoded: headers are ASCII). */
export const FILE_NAME_HEADER = "x-file-name";

const uploadRequestSchema = z.object({
  name: z
    .string({ error: "The upload did not say the file's name" })
    .min(1, "The upload did not say the file's name")
    .max(1000, "The file name is too long"),
  claimedType: z.string().max(200).nullable(),
  declaredSize: z.coerce.number().int().nonnegative().nullable(),
  expectedKind: mediaKindSchema.optional(),
});

function decodeName(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The upload's metadata from its headers and query; refuses a request that lacks them. */
export function parseUploadRequest(request: Request): ReceiveMeta {
  const kind = new URL(request.url).searchParams.get("kind");
  const parsed = uploadRequestSchema.safeParse({
    name: decodeName(request.headers.get(FILE_NAME_HEADER)),
    claimedType: request.headers.get("content-type"),
    declaredSize: request.headers.get("content-length"),
    expectedKind: kind || undefined,
  });
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? "The upload is not valid.";
    throw new ExpectedError("invalid_input", first, { fieldErrors: toFieldErrors(parsed.error) });
  }
  return parsed.data;
}
