import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { logger } from "@/lib/log/logger";
import { getMediaOrThrow } from "./get-media";
import type { MediaItem } from "./schema";
import { toMediaItem, withCreatorName } from "./to-media-item";

/** Sets or clears the soft-delete mark, audited; an item already in that state is left alone. */
async function markDeleted(id: string, deleted: boolean, actor: Actor): Promise<MediaItem> {
  const asset = await getMediaOrThrow(id);
  if (Boolean(asset.deletedAt) === deleted) return toMediaItem(asset);
  const updated = await db.mediaAsset.update({
    where: { id },
    data: { deletedAt: deleted ? new Date() : null },
    include: withCreatorName,
  });
  const action = deleted ? "media.deleted" : "media.restored";
  logger.info(deleted ? "media deleted" : "media restored", { assetId: id, userId: actor.user.id });
  await recordAuditEvent({ action, actor: actor.user, target: `media ${id}`, ip: actor.ip });
  return toMediaItem(updated);
}

/**
 * Soft delete: the item leaves the library and the pickers, but its file and row stay so sends
 * that used it keep their history and it can be restored.
 */
export function deleteMedia(id: string, actor: Actor): Promise<MediaItem> {
  return markDeleted(id, true, actor);
}

export function restoreMedia(id: string, actor: Actor): Promise<MediaItem> {
  return markDeleted(id, false, actor);
}
