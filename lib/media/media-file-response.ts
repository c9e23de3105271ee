import "server-only";
import { cleanMediaName } from "./clean-media-name";
import { mediaTypes, type MediaMimeType } from "./rules";
import { contentDisposition, parseRange } from "./http-headers";
import { mediaFileSize, mediaFileStream } from "./open-media-file";
import type { MediaAssetWithCreator } from "./to-media-item";

/** Kinds the browser shows in place; documents are always downloaded (no active content inline). */
const inlineKinds = new Set(["image", "sticker", "video", "audio"]);

/** Items stored before names followed the type still download under the type's extension. */
function downloadName(asset: MediaAssetWithCreator): string {
  return Object.hasOwn(mediaTypes, asset.mimeType)
    ? cleanMediaName(asset.name, asset.mimeType as MediaMimeType)
    : asset.name;
}

/**
 * The HTTP answer carrying an item's file: its stored type (decided by Kabar from the bytes,
 * never the uploader's claim), its name, ranges for audio/video seeking, a content-hash ETag.
 */
export async function mediaFileResponse(
  request: Request,
  asset: MediaAssetWithCreator,
  options: { download?: boolean; cache: "private" | "public" },
): Promise<Response> {
  const size = await mediaFileSize(asset);
  const etag = `"${asset.sha256}"`;
  const disposition = options.download || !inlineKinds.has(asset.kind) ? "attachment" : "inline";
  const headers = new Headers({
    "Content-Type": asset.mimeType,
    "Content-Disposition": contentDisposition(disposition, downloadName(asset)),
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Cache-Control": `${options.cache}, max-age=3600`,
    "X-Content-Type-Options": "nosniff",
  });
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers });
  }
  const range = parseRange(request.headers.get("range"), size);
  if (range === "invalid") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  if (range) {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
    headers.set("Content-Length", String(range.end - range.start + 1));
    return new Response(mediaFileStream(asset, range), { status: 206, headers });
  }
  headers.set("Content-Length", String(size));
  return new Response(mediaFileStream(asset), { status: 200, headers });
}
