// Approved templates (POST /whatsapp/sendHsm/{name}): the saved template (lib/templates) decides
// which values a send needs; the draft carries them. The only kind that reaches a customer
// outside the 24-hour window.
import type {
  CarouselCardInput,
  HsmButtonInput,
  HsmHeaderInput,
  HsmUrlButtonObjectInput,
  SendHsmInput,
} from "@/lib/damcorp/whatsapp/hsm";
import { fillPlaceholders } from "@/lib/whatsapp-format/placeholders";
import { templateParamSlots } from "@/lib/templates/param-slots";
import type { TemplateInput } from "@/lib/templates/schema";
import { templateValueIssues } from "../template-values";
import { defineKind, describeMedia, mediaHeader, oneLine, type MediaUse } from "./define";
import {
  templateDraftSchema,
  type TemplateButtonValue,
  type TemplateDraft,
} from "./template-draft";

function templateHeader(draft: TemplateDraft, template: TemplateInput): HsmHeaderInput | undefined {
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
        ? mediaHeader(template.headerKind, draft.headerMedia, draft.headerFilename)
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
): CarouselCardInput[] | undefined {
  if (template.cards.length === 0) return undefined;
  return template.cards.map((definition, i) => {
    const card = draft.cards[i];
    return {
      header: { type: definition.headerKind, id: card ? describeMedia(card.media) : "" },
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
): SendHsmInput {
  const header = templateHeader(draft, template);
  const buttons = templateButtons(draft, template);
  const carousel = templateCarousel(draft, template);
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

export const templateKind = defineKind(templateDraftSchema, "hsm", {
  label: "Template (HSM)",
  session: false,
  empty: () => ({ kind: "template", templateId: "", bodyParams: [], buttons: [], cards: [] }),
  input: (draft, to, template) => (template ? hsmInput(draft, template, to) : null),
  summary: (draft, template) =>
    oneLine(
      template
        ? `${template.name}: ${fillPlaceholders(template.body, draft.bodyParams)}`
        : "Template",
    ),
  // param.N is the body's {{N+1}}; a location header's place is under header.data.
  refusedField: (path) => {
    const param = /^param\.(\d+)$/.exec(path);
    if (param) return `bodyParams.${param[1]}`;
    const place = /^header\.data\.(latitude|longitude|name|address)$/.exec(path);
    if (place) return `headerLocation.${place[1]}`;
    return path === "header.filename" ? "headerFilename" : null;
  },
  media: (draft): MediaUse[] => [
    ...(draft.headerMedia ? [{ ref: draft.headerMedia }] : []),
    // A carousel card is sent by media ID.
    ...draft.cards.map((card) => ({ ref: card.media, byIdOnly: true })),
  ],
  issues: (draft, template, now) => {
    if (!draft.templateId) return {};
    if (!template)
      return { "message.templateId": "This template no longer exists. Pick another one." };
    return templateValueIssues(draft, template, now);
  },
});
