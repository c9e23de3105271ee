// Tells a file's real type from its first bytes (magic numbers), never from its name alone: the
// browser's claimed type and the file name only decide between formats that share a container
// (MP4 audio vs video, the Office formats inside ZIP and OLE files) and mark plain text.
import { mediaTypes, type MediaMimeType } from "./rules";

/** How many leading bytes the sniffer needs (the browser and the server read this many). */
export const SNIFF_BYTES = 4096;

export interface SniffHint {
  /** The file name as given by the user (only its ending is used). */
  name: string;
  /** The type the browser or Damcorp claims, if any. */
  claimedType?: string | null;
}

export interface SniffResult {
  mimeType: MediaMimeType;
  /** Animated WebP (stickers have a larger limit when animated). */
  animated: boolean;
}

/** Claimed types that browsers and systems use for the same formats. */
const typeAliases: Record<string, MediaMimeType> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "audio/x-m4a": "audio/mp4",
  "audio/m4a": "audio/mp4",
  "audio/mp3": "audio/mpeg",
  "audio/x-aac": "audio/aac",
  "audio/aacp": "audio/aac",
  "audio/opus": "audio/ogg",
  "audio/3gpp": "video/3gpp",
  "application/ogg": "audio/ogg",
};

/** The supported type a claimed MIME type names, or null. */
export function normaliseClaimedType(claimed: string | null | undefined): MediaMimeType | null {
  if (!claimed) return null;
  const bare = claimed.split(";")[0]?.trim().toLowerCase() ?? "";
  if (bare in mediaTypes) return bare as MediaMimeType;
  return typeAliases[bare] ?? null;
}

/** The lower-case ending of a file name (".pdf"), or "" when it has none. */
export function extensionOf(name: string): string {
  const match = /\.[a-z0-9]{1,8}$/i.exec(name.trim());
  return match ? match[0].toLowerCase() : "";
}

/** The supported type a file name's ending suggests, or null. */
export function typeFromName(name: string): MediaMimeType | null {
  const ext = extensionOf(name);
  if (!ext) return null;
  for (const [type, info] of Object.entries(mediaTypes)) {
    if ((info.extensions as readonly string[]).includes(ext)) return type as MediaMimeType;
  }
  return null;
}

function matches(head: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (head.length < offset + signature.length) return false;
  return signature.every((byte, i) => head[offset + i] === byte);
}

function ascii(head: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...head.subarray(start, Math.min(end, head.length)));
}

function containsAscii(head: Uint8Array, needle: string): boolean {
  return ascii(head, 0, head.length).includes(needle);
}

/** The first of `candidates` that the name's ending or the claimed type names. */
function pickByHint(candidates: readonly MediaMimeType[], hint: SniffHint): MediaMimeType | null {
  const fromName = typeFromName(hint.name);
  if (fromName && candidates.includes(fromName)) return fromName;
  const claimed = normaliseClaimedType(hint.claimedType);
  if (claimed && candidates.includes(claimed)) return claimed;
  return null;
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const oleTypes = [
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
] as const satisfies readonly MediaMimeType[];

const ooxmlTypes = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
] as const satisfies readonly MediaMimeType[];

/** WebP: RIFF....WEBP; animated when the VP8X header has its animation flag or an ANIM chunk. */
function sniffWebp(head: Uint8Array): SniffResult | null {
  if (ascii(head, 0, 4) !== "RIFF" || ascii(head, 8, 12) !== "WEBP") return null;
  const flags = head[20] ?? 0;
  const animated =
    (ascii(head, 12, 16) === "VP8X" && (flags & 0x02) !== 0) || containsAscii(head, "ANIM");
  return { mimeType: "image/webp", animated };
}

/** ISO base media (MP4, M4A, 3GP): "ftyp" at byte 4, then the major brand. */
function sniffIsoMedia(head: Uint8Array, hint: SniffHint): MediaMimeType | null {
  if (ascii(head, 4, 8) !== "ftyp") return null;
  const brand = ascii(head, 8, 12);
  if (brand.startsWith("3gp") || brand.startsWith("3g2")) return "video/3gpp";
  if (brand === "M4A " || brand === "M4B " || brand === "M4P ") return "audio/mp4";
  if (brand === "qt  ") return null; // QuickTime (.mov): WhatsApp does not take it
  // Generic brands (isom, mp41, mp42, …) carry audio or video; the name or claim decides.
  return pickByHint(["audio/mp4"], hint) ?? "video/mp4";
}

/** MPEG audio frames and AAC ADTS frames both start with a 12-bit sync word. */
function sniffFrameSync(head: Uint8Array, hint: SniffHint): MediaMimeType | null {
  const [b0, b1] = [head[0] ?? 0, head[1] ?? 0];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const layer = (b1 >> 1) & 0x03;
  if ((b1 & 0xf0) === 0xf0 && layer === 0) return "audio/aac"; // ADTS: layer bits are 00
  if (layer !== 0) return "audio/mpeg";
  return pickByHint(["audio/aac", "audio/mpeg"], hint);
}

/** UTF-8 text without NUL bytes; only when the name or claim says plain text. */
function sniffPlainText(head: Uint8Array, hint: SniffHint): MediaMimeType | null {
  if (!pickByHint(["text/plain"], hint)) return null;
  if (head.includes(0)) return null;
  try {
    // stream: true tolerates a character cut in half at the end of the sniffed prefix.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "text/plain";
  } catch {
    return null;
  }
}

/** The supported type the bytes are, or null when they are none of them. */
export function sniffMediaType(head: Uint8Array, hint: SniffHint): SniffResult | null {
  const plain = (mimeType: MediaMimeType | null): SniffResult | null =>
    mimeType ? { mimeType, animated: false } : null;

  if (matches(head, JPEG)) return plain("image/jpeg");
  if (matches(head, PNG)) return plain("image/png");
  const webp = sniffWebp(head);
  if (webp) return webp;
  // PDF readers accept up to 1 KB of leading junk before the header; so do we.
  if (ascii(head, 0, 1024).includes("%PDF-")) return plain("application/pdf");
  if (matches(head, OLE)) return plain(pickByHint(oleTypes, hint));
  if (matches(head, ZIP)) {
    const byHint = pickByHint(ooxmlTypes, hint);
    if (byHint) return plain(byHint);
    if (containsAscii(head, "word/")) return plain(ooxmlTypes[0]);
    if (containsAscii(head, "xl/")) return plain(ooxmlTypes[1]);
    if (containsAscii(head, "ppt/")) return plain(ooxmlTypes[2]);
    return null; // an ordinary ZIP archive
  }
  if (ascii(head, 4, 8) === "ftyp") return plain(sniffIsoMedia(head, hint));
  if (ascii(head, 0, 6) === "#!AMR\n" || ascii(head, 0, 9) === "#!AMR-WB\n") {
    return plain("audio/amr");
  }
  if (ascii(head, 0, 4) === "OggS") return plain("audio/ogg");
  if (ascii(head, 0, 4) === "ADIF") return plain("audio/aac");
  if (ascii(head, 0, 3) === "ID3") {
    // An ID3 tag can lead MP3 and (rarely) AAC streams; the frames behind it decide, so the hint.
    return plain(pickByHint(["audio/aac"], hint) ?? "audio/mpeg");
  }
  const frames = sniffFrameSync(head, hint);
  if (frames) return plain(frames);
  return plain(sniffPlainText(head, hint));
}
