// The one verdict on a file, used by the browser before uploading and by the server while the
// bytes arrive: is it a type WhatsApp takes, is it the kind asked for, is it small enough. A
// refusal carries a reason in plain words, shown next to the file.
import {
  ANIMATED_STICKER_MAX_BYTES,
  formatBytes,
  kindOfType,
  maxBytesFor,
  mediaKinds,
  mediaRules,
  mediaTypes,
  type MediaKind,
  type MediaMimeType,
} from "./rules";
import { extensionOf, sniffMediaType, typeFromName } from "./sniff";

export type MediaRejection = {
  ok: false;
  code: "empty" | "unsupported_type" | "type_mismatch" | "wrong_kind" | "too_large";
  reason: string;
};

export type MediaTypeVerdict =
  | { ok: true; mimeType: MediaMimeType; kind: MediaKind; animated: boolean; maxBytes: number }
  | MediaRejection;

function withArticle(label: string): string {
  return /^(?:[AEIOU]|MP)/.test(label) ? `an ${label}` : `a ${label}`;
}

function lowerFirst(label: string): string {
  // "Word document" and "PDF document" keep their capitals; only "Text document" lowers.
  return label === "Text document" ? "text document" : label;
}

const everyKind = mediaKinds
  .map((k) => `${mediaRules[k].plural.toLowerCase()} (${mediaRules[k].typesLabel})`)
  .join(", ");

/** Same container, different reading: an .mp4 holding only audio is still fine. */
const isoFamily: readonly MediaMimeType[] = ["video/mp4", "audio/mp4", "video/3gpp"];

function compatible(named: MediaMimeType, actual: MediaMimeType): boolean {
  if (kindOfType(named) === kindOfType(actual)) return true;
  return isoFamily.includes(named) && isoFamily.includes(actual);
}

/**
 * Judges a file's type from its first bytes (see SNIFF_BYTES) and, when `expectedKind` is given,
 * whether it is that kind. The size is judged separately (judgeMediaSize) because the server
 * only knows it at the end of the stream.
 */
export function judgeMediaType(input: {
  head: Uint8Array;
  name: string;
  claimedType?: string | null;
  expectedKind?: MediaKind;
}): MediaTypeVerdict {
  const sniffed = sniffMediaType(input.head, { name: input.name, claimedType: input.claimedType });
  const named = typeFromName(input.name);

  if (!sniffed) {
    if (input.head.length === 0) return { ok: false, code: "empty", reason: "The file is empty." };
    if (named) {
      const label = lowerFirst(mediaTypes[named].label);
      return {
        ok: false,
        code: "type_mismatch",
        reason: `The file is named like ${withArticle(label)}, but its content is not one.`,
      };
    }
    const ext = extensionOf(input.name);
    return {
      ok: false,
      code: "unsupported_type",
      reason: `${ext ? `“${ext}” files` : "Files of this type"} cannot be sent on WhatsApp. Use ${everyKind}.`,
    };
  }

  const { mimeType, animated } = sniffed;
  const label = lowerFirst(mediaTypes[mimeType].label);
  if (named && !compatible(named, mimeType)) {
    const ext = mediaTypes[mimeType].extensions[0];
    return {
      ok: false,
      code: "type_mismatch",
      reason:
        `The file is named like ${withArticle(lowerFirst(mediaTypes[named].label))}, but its ` +
        `content is ${withArticle(label)}. Rename it to end in ${ext} and try again.`,
    };
  }

  const kind = kindOfType(mimeType);
  if (input.expectedKind && kind !== input.expectedKind) {
    const rule = mediaRules[input.expectedKind];
    return {
      ok: false,
      code: "wrong_kind",
      reason: `This is ${withArticle(label)}. Choose ${rule.article} (${rule.typesLabel}).`,
    };
  }
  return { ok: true, mimeType, kind, animated, maxBytes: maxBytesFor(mimeType, animated) };
}

/** Judges the size of a file whose type was accepted. */
export function judgeMediaSize(
  verdict: Extract<MediaTypeVerdict, { ok: true }>,
  size: number,
): MediaRejection | { ok: true } {
  if (size <= 0) return { ok: false, code: "empty", reason: "The file is empty." };
  if (size <= verdict.maxBytes) return { ok: true };
  const what =
    verdict.kind === "sticker"
      ? verdict.animated
        ? "animated stickers"
        : `stickers (${formatBytes(ANIMATED_STICKER_MAX_BYTES)} if animated)`
      : mediaRules[verdict.kind].plural.toLowerCase();
  const limit = formatBytes(verdict.maxBytes);
  const actual = formatBytes(size);
  // Just over the limit, both round to the same figure: "At 5 MB, larger than 5 MB" would confuse.
  const lead = actual === limit ? "The file is slightly" : `At ${actual}, the file is`;
  return {
    ok: false,
    code: "too_large",
    reason: `${lead} larger than the ${limit} WhatsApp allows for ${what}.`,
  };
}

/** Type, kind and size at once, for callers that know the whole size up front (the browser). */
export function checkMediaFile(input: {
  head: Uint8Array;
  name: string;
  claimedType?: string | null;
  size: number;
  expectedKind?: MediaKind;
}): MediaTypeVerdict {
  if (input.size === 0) return { ok: false, code: "empty", reason: "The file is empty." };
  const verdict = judgeMediaType(input);
  if (!verdict.ok) return verdict;
  const size = judgeMediaSize(verdict, input.size);
  return size.ok ? verdict : size;
}
