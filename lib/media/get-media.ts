import "server-only";
import { NotFoundError } from "@/lib/errors/expected-error";
import { db } from "@/lib/db/client";
import { withCreatorName, type MediaAssetWithCreator } from "./to-media-item";

/** One library item (deleted ones included: history and drafts may still point at them). */
export async function getMediaOrThrow(id: string): Promise<MediaAssetWithCreator> {
  const asset = await db.mediaAsset.findUnique({ where: { id }, include: withCreatorName });
  if (!asset) throw new NotFoundError("That media item");
  return asset;
}
