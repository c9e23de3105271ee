// uploadMedia / downloadMedia. The spec lists only `token` and `media` (JPEG/PNG) for the upload,
// without saying how they travel, so multipart/form-data and JSON are both accepted.
import type { Handler } from "../context";
import { fail, ok } from "../envelope";
import { classifyMedia, imageTypeOf } from "../media";
import type { MediaRecord } from "../state";
import { invalidParameter } from "./validation";

/** WhatsApp's limit for images. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export const uploadMedia: Handler = ({ state, body, multipart }) => {
  const file = multipart?.files.find((f) => f.field === "media");
  const text = multipart ? multipart.fields.media : body.media;
  let record: Omit<MediaRecord, "id" | "createdAt" | "source">;

  if (file) {
    record = { bytes: file.data, url: null, contentType: null, filename: file.filename || null };
  } else if (typeof text === "string" && text.trim() !== "") {
    const ref = classifyMedia(text, state);
    if (ref.kind === "id") return invalidParameter("media", "must be a file, a URL or base64 data");
    if (ref.kind === "url") {
      // The sandbox never fetches URLs, so it can only judge the type by the file extension.
      const pathname = new URL(ref.url).pathname.toLowerCase();
      if (!/\.(jpe?g|png)$/.test(pathname))
        return invalidParameter("media", "only .jpeg/.jpg/.png");
      record = { bytes: null, url: ref.url, contentType: null, filename: null };
    } else {
      record = { bytes: ref.bytes, url: null, contentType: null, filename: null };
    }
  } else {
    return invalidParameter("media", "required");
  }

  if (record.bytes) {
    const type = imageTypeOf(record.bytes);
    if (!type) return invalidParameter("media", "only JPEG or PNG images are accepted");
    if (record.bytes.length > MAX_IMAGE_BYTES) return invalidParameter("media", "larger than 5 MB");
    record.contentType = type;
  }
  const id = state.ids.uploadId();
  state.media.set(id, { ...record, id, source: "upload", createdAt: state.now() });
  return ok("whatsapp", [{ id }]);
};

/**
 * `data` is the base64 of the stored bytes. Media known only by URL answers with "" (the spec's
 * example shows `data: ""`); an unknown id answers responseCode "404" with HTTP 200.
 */
export const downloadMedia: Handler = ({ state, query }) => {
  const id = query.get("id");
  if (!id) return invalidParameter("id", "required");
  const record = state.findMedia(id);
  if (!record) return fail("whatsapp", "404", "media_not_found");
  return ok("whatsapp", record.bytes ? record.bytes.toString("base64") : "");
};
