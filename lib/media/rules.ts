// WhatsApp's media rules, in one table shared by the browser (checks before upload) and the
// server (checks again while the bytes stream in). Safe to import in client components: no zod
// here (the schemas built from these lists are in ./schema.ts).
import {
  AUDIO_MAX_BYTES,
  DOCUMENT_MAX_BYTES,
  IMAGE_MAX_BYTES,
  STICKER_MAX_BYTES,
  VIDEO_MAX_BYTES,
} from "@/lib/damcorp/limits";

export const mediaKinds = ["image", "video", "audio", "document", "sticker"] as const;
export type MediaKind = (typeof mediaKinds)[number];

/** Animated WebP stickers may be larger than still ones. */
export const ANIMATED_STICKER_MAX_BYTES = 500 * 1024;

/** Every type Kabar keeps, with the file name endings that usually carry it. */
export const mediaTypes = {
  "image/jpeg": { kind: "image", label: "JPEG image", extensions: [".jpg", ".jpeg"] },
  "image/png": { kind: "image", label: "PNG image", extensions: [".png"] },
  "video/mp4": { kind: "video", label: "MP4 video", extensions: [".mp4"] },
  "video/3gpp": { kind: "video", label: "3GPP video", extensions: [".3gp"] },
  "audio/aac": { kind: "audio", label: "AAC audio", extensions: [".aac"] },
  "audio/amr": { kind: "audio", label: "AMR audio", extensions: [".amr"] },
  "audio/mpeg": { kind: "audio", label: "MP3 audio", extensions: [".mp3"] },
  "audio/mp4": { kind: "audio", label: "MP4 audio", extensions: [".m4a"] },
  "audio/ogg": { kind: "audio", label: "OGG audio", extensions: [".ogg", ".opus", ".oga"] },
  "application/pdf": { kind: "document", label: "PDF document", extensions: [".pdf"] },
  "text/plain": { kind: "document", label: "Text document", extensions: [".txt"] },
  "application/msword": { kind: "document", label: "Word document", extensions: [".doc"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    kind: "document",
    label: "Word document",
    extensions: [".docx"],
  },
  "application/vnd.ms-excel": { kind: "document", label: "Excel workbook", extensions: [".xls"] },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    kind: "document",
    label: "Excel workbook",
    extensions: [".xlsx"],
  },
  "application/vnd.ms-powerpoint": {
    kind: "document",
    label: "PowerPoint presentation",
    extensions: [".ppt"],
  },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    kind: "document",
    label: "PowerPoint presentation",
    extensions: [".pptx"],
  },
  "image/webp": { kind: "sticker", label: "WebP sticker", extensions: [".webp"] },
} as const satisfies Record<
  string,
  { kind: MediaKind; label: string; extensions: readonly string[] }
>;

export type MediaMimeType = keyof typeof mediaTypes;
export const mediaMimeTypes = Object.keys(mediaTypes) as MediaMimeType[];

export function isMediaMimeType(value: string): value is MediaMimeType {
  return Object.hasOwn(mediaTypes, value);
}

/** Per kind: what WhatsApp accepts and how large it may be. */
export const mediaRules = {
  image: {
    label: "Image",
    plural: "Images",
    article: "an image",
    maxBytes: IMAGE_MAX_BYTES,
    typesLabel: "JPEG or PNG",
  },
  video: {
    label: "Video",
    plural: "Videos",
    article: "a video",
    maxBytes: VIDEO_MAX_BYTES,
    typesLabel: "MP4 or 3GPP",
  },
  audio: {
    label: "Audio",
    plural: "Audio",
    article: "an audio file",
    maxBytes: AUDIO_MAX_BYTES,
    typesLabel: "AAC, AMR, MP3, MP4 or OGG",
  },
  document: {
    label: "Document",
    plural: "Documents",
    article: "a document",
    maxBytes: DOCUMENT_MAX_BYTES,
    typesLabel: "PDF, plain text, Word, Excel or PowerPoint",
  },
  sticker: {
    label: "Sticker",
    plural: "Stickers",
    article: "a sticker",
    maxBytes: STICKER_MAX_BYTES,
    typesLabel: "WebP",
  },
} as const satisfies Record<
  MediaKind,
  {
    label: string;
    plural: string;
    article: string;
    maxBytes: number;
    typesLabel: string;
  }
>;

/** The largest file of any kind: a body declaring more is refused before it is read. */
export const MAX_MEDIA_BYTES = Math.max(...mediaKinds.map((k) => mediaRules[k].maxBytes));

export function kindOfType(mimeType: MediaMimeType): MediaKind {
  return mediaTypes[mimeType].kind;
}

/** The byte limit for a detected type (animated stickers get their own). */
export function maxBytesFor(mimeType: MediaMimeType, animated = false): number {
  if (mimeType === "image/webp" && animated) return ANIMATED_STICKER_MAX_BYTES;
  return mediaRules[kindOfType(mimeType)].maxBytes;
}

/** The `accept` attribute of a file input for one kind (or every kind). */
export function acceptAttribute(kind?: MediaKind): string {
  return mediaMimeTypes
    .filter((type) => !kind || kindOfType(type) === kind)
    .flatMap((type) => [type, ...mediaTypes[type].extensions])
    .join(",");
}

/** "5 MB", "100 KB", "1.4 MB": sizes as people read them (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, "");
  return `${rounded} ${units[unit]}`;
}

/** One line per kind for upload hints: "Images: JPEG or PNG, up to 5 MB". */
export function describeLimits(kind?: MediaKind): string[] {
  return mediaKinds
    .filter((k) => !kind || k === kind)
    .map((k) => {
      const rule = mediaRules[k];
      const extra = k === "sticker" ? ` (${formatBytes(ANIMATED_STICKER_MAX_BYTES)} animated)` : "";
      return `${rule.plural}: ${rule.typesLabel}, up to ${formatBytes(rule.maxBytes)}${extra}`;
    });
}
