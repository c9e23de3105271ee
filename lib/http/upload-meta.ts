// The name and size of a raw-body upload (XMLHttpRequest or fetch with the file as the body):
// the name URI-encoded in X-File-Name, the size in Content-Length.
import { z } from "zod";
import { ExpectedError } from "@/lib/errors/expected-error";

const metaSchema = z.object({
  name: z
    .string({ error: "The upload did not say the file's name" })
    .min(1, "The upload did not say the file's name")
    .max(500, "The file name is too long"),
  size: z.coerce.number().int().nonnegative().nullable(),
});

const decode = (value: string | null) => {
  try {
    return value === null ? undefined : decodeURIComponent(value);
  } catch {
    return value ?? undefined;
  }
};

export function readUploadMeta(request: Request): { name: string; size: number | null } {
  const meta = metaSchema.safeParse({
    name: decode(request.headers.get("x-file-name")),
    size: request.headers.get("content-length"),
  });
  if (!meta.success)
    throw new ExpectedError(
      "invalid_input",
      meta.error.issues[0]?.message ?? "The upload is not valid.",
    );
  return meta.data;
}
