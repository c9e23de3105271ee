// A compose → the Damcorp requests it becomes. The request view (browser) and the send service
// (server) both call planRequests and hand the result to the Damcorp client's own body builders
// (lib/damcorp/whatsapp/*), so what the operator sees is what goes out, token aside.
import { normalizePhone } from "@/lib/phone/normalize";
import { REDACTED } from "@/lib/damcorp/redact";
import {
  buildHsmBody,
  type HsmButtonInput,
  type HsmHeaderInput,
  type HsmUrlButtonObjectInput,
  type SendHsmInput,
  type CarouselCardInput,
} from "@/lib/damcorp/whatsapp/hsm";
import {
  buildInteractiveBody,
  type MediaHeaderInput,
  type SendInteractiveInput,
} from "@/lib/damcorp/whatsapp/interactive";
import {
  buildAudioBody,
  buildContactBody,
  buildDocumentBody,
  buildImageBody,
  buildLocationBody,
  buildStickerBody,
  buildTextBody,
  buildVideoBody,
  type SendAudioInput,
  type SendContactInput,
  type SendDocumentInput,
  type SendImageInput,
  type SendLocationInput,
  type SendStickerInput,
  type SendTextInput,
  type SendVideoInput,
} from "@/lib/damcorp/whatsapp/session";
import { templateParamSlots } from "@/lib/templates/param-slots";
import type { TemplateInput } from "@/lib/templates/schema";
import type { MediaRef, MessageDraft, TemplateButtonValue } from "./draft-schema";
import { sendKindOf, takesRecipientArray, type SendKind } from "./kinds";

/** One Damcorp call: which client function, with which input. */
export type WireCall =
  | { type: "text"; input: SendTextInput }
  | { type: "hsm"; input: SendHsmInput }
  | { type: "interactive"; input: SendInteractiveInput }
  | { type: "image"; input: SendImageInput }
  | { type: "document"; input: SendDocumentInput }
  | { type: "audio"; input: SendAudioInput }
  | { type: "video"; input: SendVideoInput }
  | { type: "sticker"; input: SendStickerInput }
  | { type: "location"; input: SendLocationInput }
  | { type: "contact"; input: SendContactInput };

export type PlannedRequest = {
  /** Send.kind in history. */
  kind: SendKind;
  path: string;
  call: WireCall;
  /** The recipients this request carries (E.164), one or, for array kinds, all. */
  to: string[];
};

/** Turns a media reference into the string the body carries. */
export type MediaResolver = (ref: MediaRef) => string;

/**
 * Media as the request view shows it, and as the request hash sees it: a library file is named
 * by its asset (the server swaps in its Damcorp media ID or base64 only when sending).
 */
export const describeMedia: MediaResolver = (ref) => {
  switch (ref.source) {
    case "url":
      return ref.url;
    case "id":
      return ref.mediaId;
    case "library":
      return `media-library:${ref.assetId}`;
  }
};

export function wirePath(call: WireCall, templateName?: string): string {
  switch (call.type) {
    case "text":
      return "/whatsapp/sendText";
    case "hsm":
      return `/whatsapp/sendHsm/${encodeURIComponent(templateName ?? call.input.templateName)}`;
    case "interactive":
      return "/whatsapp/sendInteractive";
    case "image":
      return "/whatsapp/sendImage";
    case "document":
      return "/whatsapp/sendDocument";
    case "audio":
      return "/whatsapp/sendAudio";
    case "video":
      return "/whatsapp/sendVideo";
    case "sticker":
      return "/whatsapp/sendSticker";
    case "location":
      return "/whatsapp/sendLocation";
    case "contact":
      return "/whatsapp/sendContact";
  }
}

/** The JSON body of a call, built by the client's own builder; token "[redacted]" by default. */
export function wireBody(call: WireCall, token: string = REDACTED): object {
  switch (call.type) {
    case "text":
      return buildTextBody(call.input, token);
    case "hsm":
      return buildHsmBody(call.input, token);
    case "interactive":
      return buildInteractiveBody(call.input, token);
    case "image":
      return buildImageBody(call.input, token);
    case "document":
      return buildDocumentBody(call.input, token);
    case "audio":
      return buildAudioBody(call.input, token);
    case "video":
      return buildVideoBody(call.input, token);
    case "sticker":
      return buildStickerBody(call.input, token);
    case "location":
      return buildLocationBody(call.input, token);
    case "contact":
      return buildContactBody(call.input, token);
  }
}

/** A contact card's number as the spec writes it (+62…) when it can be read, else as typed. */
export function contactPhone(typed: string): string {
  const phone = normalizePhone(typed);
  return phone.ok ? phone.e164 : typed.trim();
}

function mediaHeader(
  type: "image" | "video" | "document",
  url: string,
  filename: string | undefined,
): MediaHeaderInput {
  return type === "document" ? { type, url, ...(filename ? { filename } : {}) } : { type, url };
}

// Templates ------------------------------------------------------------------------------------

type TemplateDraft = Extract<MessageDraft, { kind: "template" }>;

function templateHeader(
  draft: TemplateDraft,
  template: TemplateInput,
  media: MediaResolver,
): HsmHeaderInput | undefined {
  const slots = templateParamSlots(template);
  switch (template.headerKind) {
    case "none":
      return undefined;
    case "text":
      if (slots.header === "text_param") return { type: "text", text: draft.headerParam ?? "" };
      // A fixed header: the header-text example (hsm_text_dummy) sends its text as `data`; the
      // interactive-template example (konfirmasi_pembayaran) sends just {type: "text"}.
      if (template.buttonsFormat !== "array") return { type: "text" };
      return template.headerText ? { type: "text", text: template.headerText } : undefined;
    case "image":
    case "video":
    case "document":
      return draft.headerMedia
        ? mediaHeader(template.headerKind, media(draft.headerMedia), draft.headerFilename)
        : undefined;
    case "location":
      return draft.headerLocation ? { type: "location", ...draft.headerLocation } : undefined;
  }
}

function buttonInput(value: TemplateButtonValue): HsmButtonInput {
  switch (value.type) {
    case "url":
      return { type: "url", urlParam: value.urlParam };
    case "copy_code":
      return { type: "copy_code", couponCode: value.couponCode };
    case "flow":
      return { type: "flow", flowToken: value.flowToken };
    case "otp":
      return { type: "otp", code: value.code };
    case "catalog":
      return {
        type: "catalog",
        thumbnailProductRetailerId: value.thumbnailProductRetailerId,
        sections: value.sections,
      };
  }
}

function templateButtons(
  draft: TemplateDraft,
  template: TemplateInput,
): readonly HsmButtonInput[] | HsmUrlButtonObjectInput | undefined {
  const slots = templateParamSlots(template);
  if (slots.buttons.length === 0) return undefined;
  const valueAt = (index: number) => draft.buttons.find((b) => b.index === index);
  if (template.buttonsFormat !== "array") {
    // Interactive templates: one URL button, sent as an object.
    const url = valueAt(slots.buttons[0]!.index);
    const urlParam = url?.type === "url" ? url.urlParam : "";
    return template.buttonsFormat === "object_typed" ? { type: "url", urlParam } : { urlParam };
  }
  // Static buttons stand in as {} only when combined with dynamic ones (spec: combined buttons).
  return template.buttons.flatMap((_, index): HsmButtonInput[] => {
    const value = valueAt(index);
    if (value) return [buttonInput(value)];
    return slots.sendStaticPlaceholders ? [{ type: "static" }] : [];
  });
}

function templateCarousel(
  draft: TemplateDraft,
  template: TemplateInput,
  media: MediaResolver,
): CarouselCardInput[] | undefined {
  if (template.cards.length === 0) return undefined;
  return template.cards.map((definition, i) => {
    const card = draft.cards[i];
    return {
      header: { type: definition.headerKind, id: card ? media(card.media) : "" },
      bodyParams: card?.bodyParams ?? [],
      // A quick reply's payload is optional: without one the button needs no parameter.
      buttons: (card?.buttonPayloads ?? [])
        .filter((p) => p.payload.trim() !== "")
        .map((p) => ({ type: p.type, index: p.index, payload: p.payload })),
    };
  });
}

export function hsmInput(
  draft: TemplateDraft,
  template: TemplateInput,
  to: readonly string[],
  media: MediaResolver,
): SendHsmInput {
  const header = templateHeader(draft, template, media);
  const buttons = templateButtons(draft, template);
  const carousel = templateCarousel(draft, template, media);
  const expires = draft.offerExpiresAt ? Date.parse(draft.offerExpiresAt) : Number.NaN;
  return {
    templateName: template.name,
    to: [...to],
    params: draft.bodyParams,
    ...(header ? { header } : {}),
    ...(buttons ? { buttons } : {}),
    // WhatsApp's expiration_time_ms is the moment the offer ends, in Unix milliseconds.
    ...(template.offerExpiry && !Number.isNaN(expires)
      ? { limitedTimeOffer: { expirationTimeMs: expires } }
      : {}),
    ...(carousel ? { carousel } : {}),
  };
}

// Every kind ----------------------------------------------------------------------------------

/** The call for one message to `to` (one number, or all of them for array kinds). */
export function wireCall(
  message: MessageDraft,
  to: readonly string[],
  options: { template?: TemplateInput; media: MediaResolver },
): WireCall | null {
  const { media } = options;
  const one = to[0] ?? "";
  switch (message.kind) {
    case "text":
      return { type: "text", input: { to: one, message: message.body } };
    case "template":
      return options.template
        ? { type: "hsm", input: hsmInput(message, options.template, to, media) }
        : null;
    case "buttons": {
      const header = message.header
        ? message.header.type === "text"
          ? { type: "text" as const, text: message.header.text }
          : mediaHeader(message.header.type, media(message.header.media), message.header.filename)
        : undefined;
      return {
        type: "interactive",
        input: {
          type: "button",
          to: one,
          message: message.body,
          buttons: message.buttons,
          ...(header ? { header } : {}),
          ...(message.footer ? { footer: message.footer } : {}),
        },
      };
    }
    case "list":
      return {
        type: "interactive",
        input: {
          type: "list",
          to: one,
          message: message.body,
          listTitle: message.listTitle,
          rows: message.rows,
          ...(message.header ? { header: { type: "text", text: message.header } } : {}),
        },
      };
    case "product":
      return {
        type: "interactive",
        input: {
          type: "product",
          to: one,
          message: message.body,
          catalogId: message.catalogId,
          productRetailerId: message.productRetailerId,
          ...(message.footer ? { footer: message.footer } : {}),
        },
      };
    case "product_list":
      return {
        type: "interactive",
        input: {
          type: "product_list",
          to: one,
          message: message.body,
          catalogId: message.catalogId,
          sections: message.sections,
          header: { type: "text", text: message.header },
          ...(message.footer ? { footer: message.footer } : {}),
        },
      };
    case "image":
      return {
        type: "image",
        input: {
          to: one,
          image: media(message.media),
          ...(message.caption ? { caption: message.caption } : {}),
        },
      };
    case "video":
      return {
        type: "video",
        input: {
          to: one,
          video: media(message.media),
          ...(message.caption ? { caption: message.caption } : {}),
        },
      };
    case "audio":
      return { type: "audio", input: { to: one, audio: media(message.media) } };
    case "document":
      return {
        type: "document",
        input: {
          to: one,
          document: media(message.media),
          ...(message.caption ? { caption: message.caption } : {}),
          ...(message.filename ? { filename: message.filename } : {}),
        },
      };
    case "sticker":
      return { type: "sticker", input: { to: one, sticker: media(message.media) } };
    case "location":
      return { type: "location", input: { to: [...to], ...message.location } };
    case "contact":
      return {
        type: "contact",
        input: { to: one, phone: contactPhone(message.phone), name: message.name },
      };
  }
}

/**
 * The requests a compose becomes: kinds whose documented `to` is one number go out once per
 * recipient; template and location messages go out once, to all of them.
 */
export function planRequests(
  message: MessageDraft,
  recipients: readonly string[],
  options: { template?: TemplateInput; media: MediaResolver },
): PlannedRequest[] {
  if (recipients.length === 0) return [];
  const groups = takesRecipientArray(message.kind) ? [[...recipients]] : recipients.map((r) => [r]);
  return groups.flatMap((to) => {
    const call = wireCall(message, to, options);
    return call ? [{ kind: sendKindOf(message.kind), path: wirePath(call), call, to }] : [];
  });
}
