// Image, video, audio, document and sticker messages: one media file each, by library file, web
// address or Damcorp media ID.
import { z } from "zod";
import { CAPTION_MAX } from "@/lib/damcorp/limits";
import { defineKind, describeMedia, issueAt, mediaName, oneLine } from "./define";
import { fileName, mediaRefSchema, optionalCapped } from "./fields";

const caption = optionalCapped("Caption", CAPTION_MAX);
const noMedia = { source: "url", url: "" } as const;
const mediaOf = (draft: { media: z.infer<typeof mediaRefSchema> }) => [{ ref: draft.media }];
const MEDIA_KEYS = ["image", "document", "audio", "video", "sticker"];
/** A 721's field as the form has it: the file under its kind's key, caption, file name. */
const mediaRefused = (path: string) =>
  MEDIA_KEYS.includes(path) ? "media" : path === "caption" || path === "filename" ? path : null;

function isWebp(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith(".webp");
  } catch {
    return false;
  }
}

export const imageKind = defineKind(
  z.object({ kind: z.literal("image"), media: mediaRefSchema, caption }),
  "image",
  {
    label: "Image",
    session: true,
    empty: () => ({ kind: "image", media: noMedia, caption: "" }),
    input: (draft, to) => ({
      to: to[0] ?? "",
      image: describeMedia(draft.media),
      ...(draft.caption ? { caption: draft.caption } : {}),
    }),
    summary: (draft) => oneLine(draft.caption ?? `Image (${mediaName(draft.media)})`),
    media: mediaOf,
    refusedField: mediaRefused,
  },
);

export const documentKind = defineKind(
  z.object({
    kind: z.literal("document"),
    media: mediaRefSchema,
    caption,
    filename: fileName,
  }),
  "document",
  {
    label: "Document",
    session: true,
    empty: () => ({ kind: "document", media: noMedia, caption: "", filename: "" }),
    input: (draft, to) => ({
      to: to[0] ?? "",
      document: describeMedia(draft.media),
      ...(draft.caption ? { caption: draft.caption } : {}),
      ...(draft.filename ? { filename: draft.filename } : {}),
    }),
    summary: (draft) =>
      oneLine(draft.caption ?? draft.filename ?? `Document (${mediaName(draft.media)})`),
    media: mediaOf,
    refusedField: mediaRefused,
  },
);

export const audioKind = defineKind(
  z.object({ kind: z.literal("audio"), media: mediaRefSchema }),
  "audio",
  {
    label: "Audio",
    session: true,
    empty: () => ({ kind: "audio", media: noMedia }),
    input: (draft, to) => ({ to: to[0] ?? "", audio: describeMedia(draft.media) }),
    summary: () => "Audio message",
    media: mediaOf,
    refusedField: mediaRefused,
  },
);

export const videoKind = defineKind(
  z.object({ kind: z.literal("video"), media: mediaRefSchema, caption }),
  "video",
  {
    label: "Video",
    session: true,
    empty: () => ({ kind: "video", media: noMedia, caption: "" }),
    input: (draft, to) => ({
      to: to[0] ?? "",
      video: describeMedia(draft.media),
      ...(draft.caption ? { caption: draft.caption } : {}),
    }),
    summary: (draft) => oneLine(draft.caption ?? `Video (${mediaName(draft.media)})`),
    media: mediaOf,
    refusedField: mediaRefused,
  },
);

export const stickerKind = defineKind(
  z.object({ kind: z.literal("sticker"), media: mediaRefSchema }),
  "sticker",
  {
    label: "Sticker",
    session: true,
    empty: () => ({ kind: "sticker", media: noMedia }),
    input: (draft, to) => ({ to: to[0] ?? "", sticker: describeMedia(draft.media) }),
    summary: () => "Sticker",
    media: mediaOf,
    refusedField: mediaRefused,
    issues: (draft) =>
      issueAt(
        "message.media",
        (draft.media.source !== "url" || !isWebp(draft.media.url)) &&
          "A sticker is sent by the web address of a .webp image",
      ),
  },
);
