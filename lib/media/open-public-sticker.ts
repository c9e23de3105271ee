import "server-only";
import { db } from "@/lib/db/client";
import { mediaFileResponse } from "./media-file-response";
import { verifyPublicMediaLink } from "./public-link";
import { withCreatorName } from "./to-media-item";

/**
 * The file answer for a signed public sticker link, or null for anything else (bad or expired
 * signature, unknown id, not a sticker, file gone): callers answer all of those the same way.
 */
export async function openPublicSticker(request: Request, file: string): Promise<Response | null> {
  if (!file.endsWith(".webp")) return null;
  const id = file.slice(0, -".webp".length);
  const url = new URL(request.url);
  const expires = Number(url.searchParams.get("expires"));
  const signature = url.searchParams.get("signature") ?? "";
  if (!verifyPublicMediaLink(id, expires, signature)) return null;
  const asset = await db.mediaAsset.findUnique({ where: { id }, include: withCreatorName });
  if (!asset || asset.kind !== "sticker") return null;
  try {
    return await mediaFileResponse(request, asset, { cache: "public" });
  } catch {
    return null;
  }
}
