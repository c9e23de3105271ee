// The shapes of the media library as they cross the wire: the JSON of /api/media, the upload
// answer, and the inputs of the media actions. Browser code imports only their types.
import { z } from "zod";
import { mediaKinds, mediaMimeTypes, type MediaMimeType } from "./rules";

export const mediaKindSchema = z.enum(mediaKinds, { error: "Choose a media kind" });
export const mediaMimeTypeSchema = z.enum(mediaMimeTypes as [MediaMimeType, ...MediaMimeType[]]);

export const mediaSources = ["upload", "import"] as const;
export const mediaSourceSchema = z.enum(mediaSources);
export type MediaSource = z.infer<typeof mediaSourceSchema>;

/** One library item as the browser sees it (never a storage path). */
export const mediaItemSchema = z.object({
  id: z.string(),
  kind: mediaKindSchema,
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  /** Damcorp's media ID (images uploaded to Damcorp, or media imported by ID); null otherwise. */
  damcorpId: z.string().nullable(),
  source: mediaSourceSchema,
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  deletedAt: z.string().nullable(),
  /** Where the browser loads the file: GET /api/media/{id}/file (signed-in users only). */
  previewUrl: z.string(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

/** What MediaPicker hands to the composer. */
export type PickedMedia = Pick<
  MediaItem,
  "id" | "kind" | "name" | "mimeType" | "damcorpId" | "previewUrl"
>;

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** GET /api/media?kind=&q=&deleted= and the library page's URL. */
export const mediaListQuerySchema = z.object({
  kind: z.preprocess(emptyToUndefined, mediaKindSchema.optional()),
  q: z.preprocess(
    emptyToUndefined,
    z.string().trim().max(200, "Search can be at most 200 characters").optional(),
  ),
  /** Include soft-deleted items ("1"/"true"). */
  deleted: z.preprocess(
    (value) => value === true || value === "1" || value === "true",
    z.boolean(),
  ),
});
export type MediaListQuery = z.infer<typeof mediaListQuerySchema>;

/** How many items one list answer carries at most (newest first). */
export const MEDIA_LIST_LIMIT = 200;

export const mediaListResponseSchema = z.object({
  items: z.array(mediaItemSchema),
  /** True when more items match than were returned. */
  truncated: z.boolean(),
});
export type MediaListResponse = z.infer<typeof mediaListResponseSchema>;

/** What happened with Damcorp's uploadMedia for this item. */
export const damcorpUploadStatuses = [
  "uploaded",
  "already",
  "not_needed",
  "skipped",
  "failed",
] as const;
export const damcorpUploadSchema = z.object({
  status: z.enum(damcorpUploadStatuses),
  /** Plain words for skipped/failed (why, and what happens instead). */
  message: z.string().nullable(),
});
export type DamcorpUpload = z.infer<typeof damcorpUploadSchema>;

/** The answer of POST /api/media/upload and of the import action. */
export const mediaSavedSchema = z.object({
  asset: mediaItemSchema,
  /** The same bytes were already in the library: that item is returned. */
  duplicate: z.boolean(),
  /** The existing item had been deleted and is restored. */
  restored: z.boolean(),
  damcorp: damcorpUploadSchema,
});
export type MediaSaved = z.infer<typeof mediaSavedSchema>;

export const mediaIdInputSchema = z.object({
  id: z.string().trim().min(1, "Choose a media item"),
});

export const importMediaInputSchema = z.object({
  mediaId: z
    .string({ error: "Enter a Damcorp media ID" })
    .trim()
    .min(1, "Enter a Damcorp media ID")
    .max(200, "A media ID can be at most 200 characters")
    .regex(/^[A-Za-z0-9._:-]+$/, "A media ID has only letters, digits, dots, dashes and colons"),
  name: z.preprocess(
    emptyToUndefined,
    z.string().trim().max(180, "A name can be at most 180 characters").optional(),
  ),
});
export type ImportMediaInput = z.infer<typeof importMediaInputSchema>;
