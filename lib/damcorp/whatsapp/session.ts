// Session (non-template) sends: text, image, document, audio, video, sticker, location and
// contact. Each builder produces exactly the spec's body; optional fields are left out when
// not given rather than sent empty.
import type { CallOptions } from "../call";
import type { DamcorpClient } from "../client";
import type { SendResult } from "../results";
import {
  sendAudioBodySchema,
  sendContactBodySchema,
  sendDocumentBodySchema,
  sendImageBodySchema,
  sendLocationBodySchema,
  sendStickerBodySchema,
  sendTextBodySchema,
  sendVideoBodySchema,
  type SendAudioBody,
  type SendContactBody,
  type SendDocumentBody,
  type SendImageBody,
  type SendLocationBody,
  type SendStickerBody,
  type SendTextBody,
  type SendVideoBody,
} from "../schemas/whatsapp-session";
import { optional } from "../object-fields";
import { postWhatsAppMessage } from "./send";

// Text ---------------------------------------------------------------------------------------

export type SendTextInput = { to: string; message: string };

export function buildTextBody(input: SendTextInput, token: string): SendTextBody {
  return { token, to: input.to, message: input.message };
}

export function sendText(
  client: DamcorpClient,
  input: SendTextInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendText",
    sendTextBodySchema,
    (t) => buildTextBody(input, t),
    options,
  );
}

// Media --------------------------------------------------------------------------------------

/** `image`, `document`, `audio`, `video`: base64 (or data: URL), a URL, or an uploadMedia ID. */
export type SendImageInput = { to: string; image: string; caption?: string };
export type SendDocumentInput = {
  to: string;
  document: string;
  caption?: string;
  filename?: string;
};
export type SendAudioInput = { to: string; audio: string };
export type SendVideoInput = { to: string; video: string; caption?: string };

export function buildImageBody(input: SendImageInput, token: string): SendImageBody {
  return { to: input.to, token, image: input.image, ...optional("caption", input.caption) };
}

export function buildDocumentBody(input: SendDocumentInput, token: string): SendDocumentBody {
  return {
    to: input.to,
    token,
    document: input.document,
    ...optional("caption", input.caption),
    ...optional("filename", input.filename),
  };
}

export function buildAudioBody(input: SendAudioInput, token: string): SendAudioBody {
  return { to: input.to, token, audio: input.audio };
}

export function buildVideoBody(input: SendVideoInput, token: string): SendVideoBody {
  return { to: input.to, token, video: input.video, ...optional("caption", input.caption) };
}

export function sendImage(
  client: DamcorpClient,
  input: SendImageInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendImage",
    sendImageBodySchema,
    (t) => buildImageBody(input, t),
    options,
  );
}

export function sendDocument(
  client: DamcorpClient,
  input: SendDocumentInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendDocument",
    sendDocumentBodySchema,
    (t) => buildDocumentBody(input, t),
    options,
  );
}

export function sendAudio(
  client: DamcorpClient,
  input: SendAudioInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendAudio",
    sendAudioBodySchema,
    (t) => buildAudioBody(input, t),
    options,
  );
}

export function sendVideo(
  client: DamcorpClient,
  input: SendVideoInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendVideo",
    sendVideoBodySchema,
    (t) => buildVideoBody(input, t),
    options,
  );
}

// Sticker ------------------------------------------------------------------------------------

/** `sticker`: the address of a .webp image. */
export type SendStickerInput = { to: string; sticker: string };

export function buildStickerBody(input: SendStickerInput, token: string): SendStickerBody {
  return { token, to: input.to, sticker: input.sticker };
}

export function sendSticker(
  client: DamcorpClient,
  input: SendStickerInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendSticker",
    sendStickerBodySchema,
    (t) => buildStickerBody(input, t),
    options,
  );
}

// Location -----------------------------------------------------------------------------------

export type LocationInput = {
  latitude: number | string;
  longitude: number | string;
  name?: string;
  address?: string;
};

export type SendLocationInput = LocationInput & { to: string | readonly string[] };

/** `{latitude, longitude, name, address}` with coordinates as strings, as the spec sends them. */
export function buildLocationData(input: LocationInput): SendLocationBody["header"]["data"] {
  return {
    latitude: String(input.latitude),
    longitude: String(input.longitude),
    ...optional("name", input.name),
    ...optional("address", input.address),
  };
}

export function buildLocationBody(input: SendLocationInput, token: string): SendLocationBody {
  return {
    token,
    to: typeof input.to === "string" ? [input.to] : [...input.to],
    header: { type: "location", data: buildLocationData(input) },
    param: [],
  };
}

export function sendLocation(
  client: DamcorpClient,
  input: SendLocationInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendLocation",
    sendLocationBodySchema,
    (t) => buildLocationBody(input, t),
    options,
  );
}

// Contact ------------------------------------------------------------------------------------

/** Shares a contact card: `phone` and `name` of the person being shared. */
export type SendContactInput = { to: string; phone: string; name: string };

export function buildContactBody(input: SendContactInput, token: string): SendContactBody {
  return { token, to: input.to, phone: input.phone, name: input.name };
}

export function sendContact(
  client: DamcorpClient,
  input: SendContactInput,
  options?: CallOptions,
): Promise<SendResult> {
  return postWhatsAppMessage(
    client,
    "/whatsapp/sendContact",
    sendContactBodySchema,
    (t) => buildContactBody(input, t),
    options,
  );
}
