// uploadMedia (multipart/form-data with `token` and `media`) and downloadMedia (GET with the
// token and media ID in the query; `data` is the media itself as base64).
import { z } from "zod";
import { callDamcorp, joinUrl, type CallOptions } from "../call";
import { credentialsOf, type DamcorpClient } from "../client";
import type { DamcorpResult } from "../results";
import {
  downloadMediaQuerySchema,
  uploadMediaFormSchema,
  uploadMediaResponseSchema,
} from "../schemas/media";

export type UploadFileInput = {
  data: Blob | Uint8Array | ArrayBuffer;
  filename: string;
  /** Guessed from the file name when omitted. */
  contentType?: string;
};

/** A file, or the address of an image Damcorp fetches itself. */
export type UploadMediaInput = { media: UploadFileInput | string };

export type UploadMediaResult = DamcorpResult<{ mediaId: string }>;

export type DownloadedMedia = {
  base64: string;
  /** Known when Damcorp sent a `data:<type>;base64,` URL. */
  contentType: string | undefined;
  bytes: Uint8Array;
};

export type DownloadMediaResult = DamcorpResult<{ media: DownloadedMedia }>;

function guessContentType(filename: string): string {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".png")) return "image/png";
  if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) return "image/jpeg";
  return "application/octet-stream";
}

function toBlob(file: UploadFileInput, contentType: string): Blob {
  if (file.data instanceof Blob) return file.data;
  const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(file.data);
  // Copy into a fresh ArrayBuffer-backed view: Blob rejects SharedArrayBuffer views.
  return new Blob([new Uint8Array(bytes)], { type: contentType });
}

function sizeOf(data: UploadFileInput["data"]): number {
  return data instanceof Blob ? data.size : data.byteLength;
}

/** The multipart fields before encoding: the file is described by name, type and size. */
export type UploadMediaFields = {
  token: string;
  media: string | { filename: string; contentType: string; size: number };
};

/** The fields as validated (and recorded) and the FormData actually sent. */
export function buildUploadMediaForm(
  input: UploadMediaInput,
  token: string,
): { fields: UploadMediaFields; form: FormData } {
  const form = new FormData();
  form.append("token", token);
  if (typeof input.media === "string") {
    form.append("media", input.media);
    return { fields: { token, media: input.media }, form };
  }
  const file = input.media;
  const contentType = file.contentType ?? guessContentType(file.filename);
  form.append("media", toBlob(file, contentType), file.filename);
  return {
    fields: { token, media: { filename: file.filename, contentType, size: sizeOf(file.data) } },
    form,
  };
}

export function uploadMedia(
  client: DamcorpClient,
  input: UploadMediaInput,
  options?: CallOptions,
): Promise<UploadMediaResult> {
  const { fields, form } = buildUploadMediaForm(input, credentialsOf(client).token ?? "");
  return callDamcorp({
    client,
    method: "POST",
    url: joinUrl(client.whatsappUrl, "/whatsapp/uploadMedia"),
    needs: "token",
    payload: fields,
    schema: uploadMediaFormSchema,
    // No Content-Type: fetch adds multipart/form-data with its boundary.
    headers: { Accept: "application/json" },
    body: form,
    idempotent: false,
    interpret: {
      dataSchema: uploadMediaResponseSchema.shape.data,
      accept: (data) => ({ mediaId: data[0]?.id ?? "" }),
      reject: () => ({}),
    },
    options,
  });
}

/** Reads `data` (plain base64 or a data: URL) into bytes; not base64 means an unexpected answer. */
export const downloadedMediaSchema = z.string().transform((value, ctx): DownloadedMedia => {
  const match = /^data:([^;,]+)?(?:;[^,]*)?;base64,(.*)$/s.exec(value);
  const base64 = (match ? (match[2] ?? "") : value).replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    ctx.addIssue({ code: "custom", message: "Media data is not base64" });
    return z.NEVER;
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return { base64, contentType: match?.[1], bytes };
});

export function downloadMedia(
  client: DamcorpClient,
  input: { id: string },
  options?: CallOptions,
): Promise<DownloadMediaResult> {
  const token = credentialsOf(client).token ?? "";
  const query = { token, id: input.id };
  const url = `${joinUrl(client.whatsappUrl, "/whatsapp/downloadMedia")}?${new URLSearchParams(query)}`;
  return callDamcorp({
    client,
    method: "GET",
    url,
    needs: "token",
    payload: query,
    schema: downloadMediaQuerySchema,
    headers: { Accept: "application/json" },
    idempotent: true,
    interpret: {
      dataSchema: downloadedMediaSchema,
      accept: (media) => ({ media }),
      reject: () => ({}),
    },
    options,
  });
}
