import "server-only";
import { createReadStream } from "node:fs";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getMediaOrThrow } from "./get-media";
import { mediaFileSize } from "./open-media-file";
import { publicMediaUrl } from "./public-link";
import { formatBytes, maxBytesFor, mediaRules, mediaTypes, type MediaKind } from "./rules";
import { mediaMimeTypeSchema } from "./schema";
import { absoluteMediaPath } from "./storage";

export interface MediaForSend {
  /**
   * The string for the send body's media field (`image`, `document`, `audio`, `video`,
   * `sticker`, or a template/interactive header's media): a Damcorp media ID, a base64 data
   * URL, or — for stickers, which Damcorp takes only as an address — a signed Kabar link.
   */
  media: string;
  via: "media_id" | "data_url" | "url";
  kind: MediaKind;
  /** The file name (documents: pass it as `filename`). */
  name: string;
  mimeType: string;
  size: number;
}

/** Base64 is built chunk by chunk; a multiple of 3 bytes keeps every chunk free of padding. */
const CHUNK_BYTES = 3 * 64 * 1024;

async function readAsDataUrl(path: string, mimeType: string, limit: number): Promise<string> {
  const parts: string[] = [];
  let total = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (total > limit) throw new Error("media file grew past its limit on disk");
    parts.push(bytes.toString("base64"));
  }
  return `data:${mimeType};base64,${parts.join("")}`;
}

/**
 * What to put in a send body for a library item (the composer calls this with the picked id).
 * Images with a Damcorp media ID go by ID; other kinds go as base64 data, read from disk within
 * WhatsApp's limit for the kind; stickers go as a signed link Damcorp can fetch.
 */
export async function resolveMediaForSend(assetId: string): Promise<MediaForSend> {
  const asset = await getMediaOrThrow(assetId);
  if (asset.deletedAt) {
    throw new ExpectedError(
      "media_deleted",
      `“${asset.name}” was deleted from the media library. Restore it or choose another file.`,
    );
  }
  const mimeType = mediaMimeTypeSchema.parse(asset.mimeType);
  const kind = mediaTypes[mimeType].kind;
  const base = { kind, name: asset.name, mimeType, size: asset.size };

  if (kind === "sticker") {
    return { ...base, via: "url", media: publicMediaUrl(asset.id, ".webp") };
  }
  if (asset.damcorpId) return { ...base, via: "media_id", media: asset.damcorpId };

  const size = await mediaFileSize(asset);
  const limit = maxBytesFor(mimeType);
  if (size > limit) {
    throw new ExpectedError(
      "too_large",
      `“${asset.name}” is ${formatBytes(size)}, more than the ${formatBytes(limit)} WhatsApp allows for ${mediaRules[kind].plural.toLowerCase()}.`,
    );
  }
  const media = await readAsDataUrl(absoluteMediaPath(asset.storagePath), mimeType, limit);
  return { ...base, via: "data_url", media };
}
