// The message kinds the composer offers, in the order it offers them. Each kind describes itself
// in its own file (lib/composer/kinds/define.ts); the Damcorp call it becomes is described once in
// lib/damcorp's message-kind table. Adding a kind: its file here, one line below, its form fields
// (components/composer/message-fields.tsx) and its preview (components/whatsapp-preview).
import { z } from "zod";
import { takesManyRecipients } from "@/lib/damcorp/whatsapp/message-kinds";
import type { TemplateInput } from "@/lib/templates/schema";
import { refuseUnsafeText } from "@/lib/text/unsafe-characters";
import type { FieldIssues } from "../template-values";
import type { ComposeKind, MediaUse } from "./define";
import { contactKind } from "./contact";
import { buttonsKind, listKind, productKind, productListKind } from "./interactive";
import { locationKind } from "./location";
import { audioKind, documentKind, imageKind, stickerKind, videoKind } from "./media";
import { templateKind } from "./template";
import { textKind } from "./text";

export const composeKinds = {
  text: textKind,
  template: templateKind,
  buttons: buttonsKind,
  list: listKind,
  product: productKind,
  product_list: productListKind,
  image: imageKind,
  document: documentKind,
  audio: audioKind,
  video: videoKind,
  sticker: stickerKind,
  location: locationKind,
  contact: contactKind,
};

type Kinds = typeof composeKinds;
export type MessageKind = keyof Kinds;
type DraftSchemas = Kinds[MessageKind]["schema"];

export const messageKinds = Object.keys(composeKinds) as MessageKind[];

/**
 * Every kind's draft, told apart by `kind`. Every text Damcorp gets: control characters and
 * broken halves of emoji are refused on the field they are in.
 */
export const messageDraftSchema = z
  .discriminatedUnion(
    "kind",
    Object.values(composeKinds).map((k) => k.schema) as unknown as [
      DraftSchemas,
      ...DraftSchemas[],
    ],
  )
  .superRefine(refuseUnsafeText);

export type MessageDraft = z.output<typeof messageDraftSchema>;
/** A draft as the form holds it (before the schema trims, coerces and drops empty values). */
export type MessageDraftInput = z.input<typeof messageDraftSchema>;

/** A kind's own description, for code that handles any kind. */
export function composeKind(kind: MessageKind): ComposeKind {
  return composeKinds[kind];
}

/** The form's starting values for a kind. */
export function emptyDraft(kind: MessageKind): MessageDraftInput {
  return composeKind(kind).empty() as MessageDraftInput;
}

/** One line for history lists: what the message says or carries. */
export function summarizeMessage(message: MessageDraft, template?: TemplateInput): string {
  return composeKind(message.kind).summary(message, template);
}

/** Every media reference in a draft, wherever its kind keeps it. */
export function mediaUsesOf(message: MessageDraft): MediaUse[] {
  return composeKind(message.kind).media?.(message) ?? [];
}

/**
 * What the draft schema cannot know on its own but Damcorp would refuse (a template's values
 * against its placeholders, header files that must be web addresses, .webp stickers, …), by field
 * path ("message.media"). `template` is the saved template a template draft names (undefined
 * while it loads or when it no longer exists). Shared by the form, as you type, and the server.
 */
export function messageWireIssues(
  message: MessageDraftInput,
  template: TemplateInput | undefined,
  now: Date = new Date(),
): FieldIssues {
  return composeKind(message.kind).issues?.(message, template, now) ?? {};
}

export const messageKindLabels = Object.fromEntries(
  messageKinds.map((kind) => [kind, composeKinds[kind].label]),
) as Record<MessageKind, string>;

/** Only approved templates may reach a customer who has not written in the last 24 hours. */
export function isSessionKind(kind: MessageKind): boolean {
  return composeKinds[kind].session;
}

/** Whether one request carries every recipient (templates, locations) or one each. */
export function takesRecipientArray(kind: MessageKind): boolean {
  return takesManyRecipients(composeKinds[kind].call);
}
