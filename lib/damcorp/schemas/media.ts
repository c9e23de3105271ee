// uploadMedia (multipart/form-data: `token`, `media`) and downloadMedia (GET ?token=&id=).
// The spec only names the parameters; the file part is checked against its format list.
import { z } from "zod";
import { IMAGE_MAX_BYTES, UPLOAD_MEDIA_EXTENSIONS, UPLOAD_MEDIA_TYPES } from "../limits";
import { envelopeSchema } from "./common";
import { httpUrl, text, tokenSchema } from "./fields";

const hasAllowedExtension = (name: string) =>
  UPLOAD_MEDIA_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** A file to upload: the bytes plus the name and type Damcorp needs to read them. */
export const uploadFileSchema = z
  .strictObject({
    filename: text("File name"),
    contentType: z.enum(UPLOAD_MEDIA_TYPES, {
      error: "Only JPEG and PNG images can be uploaded",
    }),
    size: z
      .number()
      .int()
      .positive("The file is empty")
      .max(IMAGE_MAX_BYTES, `The file can be at most ${IMAGE_MAX_BYTES / (1024 * 1024)} MB`),
  })
  .refine((f) => hasAllowedExtension(f.filename), {
    path: ["filename"],
    message: "The file name must end in .jpeg, .jpg or .png",
  });

/** The multipart fields as Kabar describes them before encoding (file or URL). */
export const uploadMediaFormSchema = z.strictObject({
  token: tokenSchema,
  media: z.union([uploadFileSchema, httpUrl("Media address")]),
});
export type UploadMediaForm = z.infer<typeof uploadMediaFormSchema>;

/** `data: [{ id }]` — the media ID to use in send calls. */
export const uploadMediaResponseSchema = envelopeSchema.extend({
  data: z.array(z.object({ id: z.union([z.string(), z.number()]).transform(String) })).min(1),
});
export type UploadMediaResponse = z.infer<typeof uploadMediaResponseSchema>;

export const downloadMediaQuerySchema = z.strictObject({
  token: tokenSchema,
  id: text("Media ID"),
});
export type DownloadMediaQuery = z.infer<typeof downloadMediaQuerySchema>;

/** `data` is the media itself as base64 (possibly a `data:<type>;base64,` URL). */
export const downloadMediaResponseSchema = envelopeSchema.extend({ data: z.string() });
export type DownloadMediaResponse = z.infer<typeof downloadMediaResponseSchema>;
