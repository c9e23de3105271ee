// Media references. The send endpoints accept "base64, URL, or ID" in one string field, so we have
// to tell them apart; uploadMedia additionally only takes JPEG/PNG, checked by magic bytes.
import type { MediaRecord, SandboxState } from "./state";

export type MediaRef =
  | { kind: "bytes"; bytes: Buffer; contentType: string | null }
  | { kind: "url"; url: string }
  | { kind: "id"; id: string };

const DATA_URL = /^data:([^;,]+)?(;[^,]*)?,(.*)$/s;
/** Ids look like the spec's examples: long digit strings or UUIDs. */
const ID_SHAPE = /^(\d{6,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Reads a media string in this order: data URL → http(s) URL → known media id → id-shaped string
 * (an id we do not know) → base64 → anything else is treated as an unknown id.
 */
export function classifyMedia(value: string, state: SandboxState): MediaRef {
  const trimmed = value.trim();
  const dataUrl = DATA_URL.exec(trimmed);
  if (dataUrl) {
    const isBase64 = (dataUrl[2] ?? "").includes(";base64");
    const payload = dataUrl[3] ?? "";
    const bytes = isBase64
      ? Buffer.from(payload, "base64")
      : Buffer.from(decodeURIComponent(payload), "utf8");
    return { kind: "bytes", bytes, contentType: dataUrl[1] ?? null };
  }
  if (/^https?:\/\//i.test(trimmed)) return { kind: "url", url: trimmed };
  if (state.findMedia(trimmed) || ID_SHAPE.test(trimmed)) return { kind: "id", id: trimmed };
  const compact = trimmed.replace(/\s+/g, "");
  if (compact.length >= 8 && compact.length % 4 === 0 && BASE64.test(compact)) {
    return { kind: "bytes", bytes: Buffer.from(compact, "base64"), contentType: null };
  }
  return { kind: "id", id: trimmed };
}

/** JPEG and PNG signatures; WhatsApp's upload endpoint accepts only these per the spec. */
export function imageTypeOf(bytes: Buffer): "image/jpeg" | "image/png" | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return "image/jpeg";
  }
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return "image/png";
  return null;
}

/**
 * Resolves a send endpoint's media into a stored media id: new bytes or a new URL get a new record
 * (so downloadMedia works with the returned mediaId); an unknown id resolves to null.
 */
export function mediaIdForSend(value: string, state: SandboxState): string | null {
  const ref = classifyMedia(value, state);
  if (ref.kind === "id") return state.findMedia(ref.id) ? ref.id : null;
  const record: MediaRecord = {
    id: state.ids.mediaUuid(),
    bytes: ref.kind === "bytes" ? ref.bytes : null,
    url: ref.kind === "url" ? ref.url : null,
    contentType: ref.kind === "bytes" ? ref.contentType : null,
    filename: null,
    source: "send",
    createdAt: state.now(),
  };
  state.media.set(record.id, record);
  return record.id;
}

/** True when the string names a media id Damcorp does not know (never had, or forgot). */
export function isUnknownMediaId(value: string, state: SandboxState): boolean {
  const ref = classifyMedia(value, state);
  return ref.kind === "id" && !state.findMedia(ref.id);
}

/** A media header ({type: image|document|video, data}) whose data is an id Damcorp does not know. */
export function headerMediaMissing(header: unknown, state: SandboxState): boolean {
  if (typeof header !== "object" || header === null) return false;
  const { type, data } = header as { type?: unknown; data?: unknown };
  const kind = typeof type === "string" ? type.toLowerCase() : "";
  if (!["image", "document", "video"].includes(kind) || typeof data !== "string") return false;
  return isUnknownMediaId(data, state);
}
