import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { judgeMediaSize, judgeMediaType, type MediaTypeVerdict } from "./check-media-file";
import { DAMAGED_IMAGE_REASON, readImage } from "./check-image-readable";
import { MediaRejectedError } from "./media-errors";
import { formatBytes, MAX_MEDIA_BYTES, type MediaKind, type MediaMimeType } from "./rules";
import { SNIFF_BYTES } from "./sniff";
import { mediaTempDir } from "./storage";
import { sweepStaleTempFiles } from "./sweep-temp-files";

/** A file written to the temp folder, checked and hashed; the caller moves or removes it. */
export interface ReceivedMedia {
  tempPath: string;
  sha256: string;
  size: number;
  mimeType: MediaMimeType;
  kind: MediaKind;
  animated: boolean;
}

export interface ReceiveMeta {
  /** The file name as the user gave it (judges the type together with the bytes). */
  name: string;
  claimedType?: string | null;
  /** Content-Length: a body ending short of it was cut off on the way and is refused. */
  declaredSize?: number | null;
  /** Set when the caller asked for one kind (the composer's picker). */
  expectedKind?: MediaKind;
}

type Accepted = Extract<MediaTypeVerdict, { ok: true }>;

function tooLargeForAnyKind(size: number): MediaRejectedError {
  return new MediaRejectedError({
    code: "too_large",
    reason: `At ${formatBytes(size)}, the file is larger than anything WhatsApp takes (documents can be up to ${formatBytes(MAX_MEDIA_BYTES)}).`,
  });
}

/**
 * Streams a body to a temp file: hashes (SHA-256) as it goes, judges the type from the first
 * bytes, and stops as soon as the size passes the limit for that type. Only one chunk is in
 * memory at a time. On any refusal the stream is cancelled and the temp file removed.
 */
export async function receiveMediaStream(
  body: ReadableStream<Uint8Array>,
  meta: ReceiveMeta,
): Promise<ReceivedMedia> {
  const declared = meta.declaredSize ?? null;
  if (declared !== null && declared > MAX_MEDIA_BYTES) {
    await body.cancel().catch(() => undefined);
    throw tooLargeForAnyKind(declared);
  }

  await mkdir(mediaTempDir(), { recursive: true });
  void sweepStaleTempFiles();
  const tempPath = path.join(mediaTempDir(), `${randomUUID()}.part`);
  const reader = body.getReader();
  const hash = createHash("sha256");
  let file: FileHandle | null = await open(tempPath, "wx");
  let size = 0;
  let verdict: Accepted | null = null;
  const head: Uint8Array[] = [];
  let headSize = 0;

  const judge = (): Accepted => {
    const bytes = Buffer.concat(head).subarray(0, SNIFF_BYTES);
    const result = judgeMediaType({ ...meta, head: new Uint8Array(bytes) });
    if (!result.ok) throw new MediaRejectedError(result);
    // The declared size already tells whether the whole file can fit: refuse before reading on.
    if (declared !== null) {
      const sized = judgeMediaSize(result, declared);
      if (!sized.ok) throw new MediaRejectedError(sized);
    }
    return result;
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (!verdict) {
        head.push(value);
        headSize += value.byteLength;
        if (headSize >= SNIFF_BYTES) verdict = judge();
      }
      const limit = verdict?.maxBytes ?? MAX_MEDIA_BYTES;
      if (size > limit) {
        const sized = verdict ? judgeMediaSize(verdict, size) : null;
        throw sized && !sized.ok ? new MediaRejectedError(sized) : tooLargeForAnyKind(size);
      }
      hash.update(value);
      await file.write(value);
    }
    verdict ??= judge(); // files shorter than the sniffed prefix
    const sized = judgeMediaSize(verdict, size);
    if (!sized.ok) throw new MediaRejectedError(sized);
    if (declared !== null && size !== declared) {
      throw new MediaRejectedError({
        code: "incomplete",
        reason: `The upload was cut short: Kabar received ${formatBytes(size)} of ${formatBytes(declared)}. Try again.`,
      });
    }
    await file.close();
    file = null;
    if (verdict.mimeType.startsWith("image/")) {
      const image = await readImage(tempPath, verdict.mimeType, size);
      if (!image.ok) {
        throw new MediaRejectedError({ code: "damaged_image", reason: DAMAGED_IMAGE_REASON });
      }
    }
    return {
      tempPath,
      sha256: hash.digest("hex"),
      size,
      mimeType: verdict.mimeType,
      kind: verdict.kind,
      animated: verdict.animated,
    };
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await file?.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
}
