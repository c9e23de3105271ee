import "server-only";
import { stat } from "node:fs/promises";
import { ExpectedError } from "@/lib/errors/expected-error";
import { fileStream } from "@/lib/http/file-stream";
import { absoluteMediaPath } from "./storage";
import type { ByteRange } from "./http-headers";
import type { MediaAssetWithCreator } from "./to-media-item";

/** The file behind an item: its size on disk, or an error when it has gone missing. */
export async function mediaFileSize(asset: Pick<MediaAssetWithCreator, "storagePath" | "name">) {
  try {
    return (await stat(absoluteMediaPath(asset.storagePath))).size;
  } catch {
    throw new ExpectedError(
      "not_found",
      `The file of “${asset.name}” is missing from Kabar's data folder. Upload it again.`,
    );
  }
}

/** A web stream of (part of) an item's file, read from disk as it is sent. */
export function mediaFileStream(
  asset: Pick<MediaAssetWithCreator, "storagePath">,
  range?: ByteRange,
): ReadableStream<Uint8Array> {
  return fileStream(absoluteMediaPath(asset.storagePath), range);
}
