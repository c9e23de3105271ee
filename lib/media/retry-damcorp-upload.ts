import "server-only";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getMediaOrThrow } from "./get-media";
import type { MediaSaved } from "./schema";
import { toMediaItem } from "./to-media-item";
import { uploadImageToDamcorp } from "./upload-image-to-damcorp";

/** Tries uploadMedia again for a library image that has no Damcorp media ID yet. */
export async function retryDamcorpUpload(id: string): Promise<MediaSaved> {
  const asset = await getMediaOrThrow(id);
  if (asset.kind !== "image") {
    throw new ExpectedError(
      "wrong_kind",
      "Only images go to Damcorp's media upload; other kinds are sent as file data.",
    );
  }
  if (asset.deletedAt)
    throw new ExpectedError("media_deleted", "Restore this image before uploading it to Damcorp.");
  const { asset: updated, damcorp } = await uploadImageToDamcorp(asset);
  if (damcorp.status === "failed" || damcorp.status === "skipped") {
    throw new ExpectedError("damcorp_failed", damcorp.message ?? "Damcorp did not take the image.");
  }
  return { asset: toMediaItem(updated), duplicate: false, restored: false, damcorp };
}
