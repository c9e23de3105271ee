import "server-only";
import { db } from "@/lib/db/client";

/**
 * Drops a library file's Damcorp media ID that Damcorp no longer knows, unless the file got a new
 * one meanwhile: its next send goes as the file itself.
 */
export async function forgetDamcorpMediaId(assetId: string, mediaId: string): Promise<void> {
  await db.mediaAsset.updateMany({
    where: { id: assetId, damcorpId: mediaId },
    data: { damcorpId: null },
  });
}
