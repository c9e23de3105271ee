import "server-only";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import type { SessionUser } from "@/lib/auth/session-user";
import { getMediaOrThrow } from "./get-media";
import type { MediaItem } from "./schema";
import { toMediaItem, withCreatorName } from "./to-media-item";

/**
 * Soft delete: the item leaves the library and the pickers, but its file and row stay so sends
 * that used it keep their history and it can be restored.
 */
export async function deleteMedia(id: string, user: Pick<SessionUser, "id">): Promise<MediaItem> {
  const asset = await getMediaOrThrow(id);
  if (asset.deletedAt) return toMediaItem(asset);
  const updated = await db.mediaAsset.update({
    where: { id },
    data: { deletedAt: new Date() },
    include: withCreatorName,
  });
  logger.info("media deleted", { assetId: id, userId: user.id });
  return toMediaItem(updated);
}

export async function restoreMedia(id: string, user: Pick<SessionUser, "id">): Promise<MediaItem> {
  const asset = await getMediaOrThrow(id);
  if (!asset.deletedAt) return toMediaItem(asset);
  const updated = await db.mediaAsset.update({
    where: { id },
    data: { deletedAt: null },
    include: withCreatorName,
  });
  logger.info("media restored", { assetId: id, userId: user.id });
  return toMediaItem(updated);
}
