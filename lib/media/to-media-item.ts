import "server-only";
import type { MediaAsset } from "@/lib/generated/prisma/client";
import { mediaKindSchema } from "./schema";
import { mediaSourceSchema, type MediaItem } from "./schema";

export type MediaAssetWithCreator = MediaAsset & { createdBy?: { name: string } | null };

/** The include that gives toMediaItem the uploader's name. */
export const withCreatorName = { createdBy: { select: { name: true } } } as const;

/** Where the browser loads a library item's bytes (signed-in users only). */
export function mediaFileUrl(id: string): string {
  return `/api/media/${encodeURIComponent(id)}/file`;
}

/** A database row as the browser may see it: no storage path, times as ISO strings. */
export function toMediaItem(row: MediaAssetWithCreator): MediaItem {
  return {
    id: row.id,
    kind: mediaKindSchema.parse(row.kind),
    name: row.name,
    mimeType: row.mimeType,
    size: row.size,
    damcorpId: row.damcorpId,
    source: mediaSourceSchema.catch("upload").parse(row.source),
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy?.name ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    previewUrl: mediaFileUrl(row.id),
  };
}
