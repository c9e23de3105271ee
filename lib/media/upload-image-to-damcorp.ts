import "server-only";
import { openAsBlob } from "node:fs";
import { ExpectedError } from "@/lib/errors/expected-error";
import { uploadMedia, type DamcorpClient } from "@/lib/damcorp";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { getDefaultWhatsAppClient, NO_SENDER_MESSAGE } from "./default-whatsapp-client";
import type { DamcorpUpload } from "./schema";
import { absoluteMediaPath } from "./storage";
import { withCreatorName, type MediaAssetWithCreator } from "./to-media-item";

const KEPT =
  "Kabar keeps the image and sends it as file data instead; you can retry the upload later.";

/** Damcorp wants a .jpg/.jpeg/.png name that matches the bytes. */
function uploadFileName(name: string, mimeType: string): string {
  const ext = mimeType === "image/png" ? ".png" : ".jpg";
  const lower = name.toLowerCase();
  const fits = mimeType === "image/png" ? lower.endsWith(".png") : /\.jpe?g$/.test(lower);
  return fits ? name : `${name.replace(/\.[a-z0-9]{1,8}$/i, "")}${ext}`;
}

/**
 * Uploads a library image to Damcorp's uploadMedia with the default sender's token and keeps the
 * returned media ID. Other kinds are not taken by that endpoint (JPEG/PNG only) and are sent as
 * file data later. Never throws for a Damcorp failure: the item stays usable and says why.
 */
export async function uploadImageToDamcorp(
  asset: MediaAssetWithCreator,
): Promise<{ asset: MediaAssetWithCreator; damcorp: DamcorpUpload }> {
  if (asset.kind !== "image") return { asset, damcorp: { status: "not_needed", message: null } };
  if (asset.damcorpId) return { asset, damcorp: { status: "already", message: null } };

  let client: DamcorpClient | null;
  try {
    client = await getDefaultWhatsAppClient();
  } catch (error) {
    const reason =
      error instanceof ExpectedError ? error.message : "The sender number could not be used.";
    return { asset, damcorp: { status: "skipped", message: `${reason} ${KEPT}` } };
  }
  if (!client) {
    return { asset, damcorp: { status: "skipped", message: `${NO_SENDER_MESSAGE} ${KEPT}` } };
  }

  // A file-backed Blob: the bytes stream from disk into the request instead of being read whole.
  const data = await openAsBlob(absoluteMediaPath(asset.storagePath), { type: asset.mimeType });
  const result = await uploadMedia(client, {
    media: {
      data,
      filename: uploadFileName(asset.name, asset.mimeType),
      contentType: asset.mimeType,
    },
  });
  if (result.outcome === "accepted" && result.mediaId) {
    const updated = await db.mediaAsset.update({
      where: { id: asset.id },
      data: { damcorpId: result.mediaId },
      include: withCreatorName,
    });
    return { asset: updated, damcorp: { status: "uploaded", message: null } };
  }
  const why =
    result.outcome === "accepted"
      ? "Damcorp answered without a media ID."
      : `${result.error.meaning} ${result.error.action}`;
  logger.warn("media upload to Damcorp failed", {
    assetId: asset.id,
    outcome: result.outcome,
    code: result.outcome === "accepted" ? null : result.error.code,
  });
  return {
    asset,
    damcorp: { status: "failed", message: `Damcorp did not take the image. ${why} ${KEPT}` },
  };
}
