import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { logger } from "@/lib/log/logger";
import { getMediaOrThrow } from "./get-media";
import type { MediaItem } from "./schema";
import { toMediaItem, withCreatorName } from "./to-media-item";

/**
 * Soft delete (audited): the item leaves the library and the pickers, but its file and row stay so sends
 * that used it keep their history and it can be restored.
 */
export async function deleteMedia(id: string, actor: Actor): Promise<MediaItem> {
  const asset = await getMediaOrThrow(id);
  if (asset.deletedAt) return toMediaItem(asset);
  const updated = await db.mediaAsset.update({
    where: { id },
    data: { deletedAt: new Date() },
    include: withCreatorName,
  });
  logger.info("media deleted", { assetId: id, userId: actor.user.id });
  await recordAuditEvent({
    action: "media.deleted",
    actor: actor.user,
    target: `media ${id}`,
    ip: actor.ip,
  });
  return toMediaItem(updated);
}

export async function restoreMedia(id: string, actor: Actor): Promise<MediaItem> {
  const asset = await getMediaOrThrow(id);
  if (!asset.deletedAt) return toMediaItem(asset);
  const updated = await db.mediaAsset.update({
    where: { id },
    data: { deletedAt: null },
    include: withCreatorName,
  });
  logger.info("media restored", { assetId: id, userId: actor.user.id });
  await recordAuditEvent({
    action: "media.restored",
    actor: actor.user,
    target: `media ${id}`,
    ip: actor.ip,
  });
  return toMediaItem(updated);
}
