import "server-only";
import { open } from "node:fs/promises";
import { imageSize } from "image-size";
import type { MediaMimeType } from "./rules";

// An image Damcorp gets must be one a phone can show: its width and height must be readable,
// and it must not be cut short where the format says so cheaply (a PNG has its IEND chunk near
// the end, a WebP is as long as its RIFF header says). A JPEG's end marker is not required:
// phones append videos and depth maps after it. Reads the start and the end of the file only.

/** Enough for the dimensions behind EXIF data and an embedded thumbnail. */
const HEAD_BYTES = 256 * 1024;
const TAIL_BYTES = 64 * 1024;

export type ImageReading = { ok: true; width: number; height: number } | { ok: false };

/** The IEND chunk: an empty length, its type and its fixed CRC. */
const PNG_IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

function isComplete(mimeType: MediaMimeType, head: Buffer, tail: Buffer, size: number): boolean {
  switch (mimeType) {
    case "image/png":
      return tail.includes(PNG_IEND);
    case "image/webp":
      return head.length >= 8 && head.readUInt32LE(4) + 8 <= size;
    default:
      return true;
  }
}

/** Reads an image file's dimensions and checks it is whole; `{ ok: false }` when it is not. */
export async function readImage(
  file: string,
  mimeType: MediaMimeType,
  size: number,
): Promise<ImageReading> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    const tailLength = Math.min(TAIL_BYTES, size);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    if (!isComplete(mimeType, head, tail, size)) return { ok: false };
    const { width, height } = imageSize(head);
    return width && height ? { ok: true, width, height } : { ok: false };
  } catch {
    return { ok: false };
  } finally {
    await handle.close();
  }
}

export const DAMAGED_IMAGE_REASON =
  "The image cannot be read: it is damaged or cut short (Kabar could not read its width and height). Save or export it again, then upload the new file.";
