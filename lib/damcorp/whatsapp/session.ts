// Session (non-template) bodies: text, image, document, audio, video, sticker, location and
// contact, sent through the table in messages.ts. Each builder produces exactly the spec's body;
// optional fields are left out when not given rather than sent empty.
import type {
  SendAudioBody,
  SendContactBody,
  SendDocumentBody,
  SendImageBody,
  SendLocationBody,
  SendStickerBody,
  SendTextBody,
  SendVideoBody,
} from "../schemas/whatsapp-session";
import type { LocationData } from "../schemas/common";
import { optional } from "../object-fields";

// Text ---------------------------------------------------------------------------------------

export type SendTextInput = { to: string; message: string };

export function buildTextBody(input: SendTextInput, token: string): SendTextBody {
  return { token, to: input.to, message: input.message };
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

// Sticker ------------------------------------------------------------------------------------

/** `sticker`: the address of a .webp image. */
export type SendStickerInput = { to: string; sticker: string };

export function buildStickerBody(input: SendStickerInput, token: string): SendStickerBody {
  return { token, to: input.to, sticker: input.sticker };
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
export function buildLocationData(input: LocationInput): LocationData {
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
    // sendLocation requires both (schemas/whatsapp-session.ts): a missing one is written blank,
    // so the check before sending refuses it by name; nothing blank is ever sent.
    header: {
      type: "location",
      data: { ...buildLocationData(input), name: input.name ?? "", address: input.address ?? "" },
    },
    param: [],
  };
}

// Contact ------------------------------------------------------------------------------------

/** Shares a contact card: `phone` and `name` of the person being shared. */
export type SendContactInput = { to: string; phone: string; name: string };

export function buildContactBody(input: SendContactInput, token: string): SendContactBody {
  return { token, to: input.to, phone: input.phone, name: input.name };
}
