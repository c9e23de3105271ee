import "server-only";
import { logger } from "@/lib/log/logger";
import type { SessionUser } from "@/lib/auth/session-user";
import { cleanMediaName } from "./clean-media-name";
import { receiveMediaStream, type ReceiveMeta } from "./receive-media-stream";
import { saveReceivedMedia } from "./save-received-media";
import type { MediaSaved } from "./schema";
import { toMediaItem } from "./to-media-item";
import { uploadImageToDamcorp } from "./upload-image-to-damcorp";

/**
 * One browser upload, end to end: stream to disk (checked, hashed, size-limited), file it in the
 * library (deduplicated by content), and give images a Damcorp media ID.
 */
export async function addUploadedMedia(
  body: ReadableStream<Uint8Array>,
  meta: ReceiveMeta,
  user: Pick<SessionUser, "id">,
): Promise<MediaSaved> {
  const received = await receiveMediaStream(body, meta);
  const saved = await saveReceivedMedia(received, {
    name: cleanMediaName(meta.name, received.mimeType),
    source: "upload",
    createdById: user.id,
  });
  const { asset, damcorp } = await uploadImageToDamcorp(saved.asset);
  logger.info("media uploaded", {
    assetId: asset.id,
    kind: asset.kind,
    size: asset.size,
    duplicate: saved.duplicate,
    restored: saved.restored,
    damcorp: damcorp.status,
    userId: user.id,
  });
  return {
    asset: toMediaItem(asset),
    duplicate: saved.duplicate,
    restored: saved.restored,
    damcorp,
  };
}
