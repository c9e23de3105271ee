// The message kinds an operator can compose, in the order the composer offers them, and how each
// one goes out: session kinds reach only customers inside WhatsApp's 24-hour window, and kinds
// whose documented `to` is one number go out as one request per recipient.
import type { MessageKind } from "./draft-schema";

export const messageKinds = [
  "text",
  "template",
  "buttons",
  "list",
  "product",
  "product_list",
  "image",
  "document",
  "audio",
  "video",
  "sticker",
  "location",
  "contact",
] as const satisfies readonly MessageKind[];

export const messageKindLabels: Record<MessageKind, string> = {
  text: "Text",
  template: "Template (HSM)",
  buttons: "Reply buttons",
  list: "List",
  product: "Single product",
  product_list: "Multi product",
  image: "Image",
  document: "Document",
  audio: "Audio",
  video: "Video",
  sticker: "Sticker",
  location: "Location",
  contact: "Contact",
};

/** Send.kind as history stores it (prisma/schema.prisma). */
export type SendKind =
  | "text"
  | "hsm"
  | "interactive"
  | "image"
  | "document"
  | "audio"
  | "video"
  | "sticker"
  | "location"
  | "contact";

export function sendKindOf(kind: MessageKind): SendKind {
  switch (kind) {
    case "template":
      return "hsm";
    case "buttons":
    case "list":
    case "product":
    case "product_list":
      return "interactive";
    default:
      return kind;
  }
}

/** Only approved templates may reach a customer who has not written in the last 24 hours. */
export function isSessionKind(kind: MessageKind): boolean {
  return kind !== "template";
}

/** sendHsm and sendLocation take `to` as an array: one request for every recipient. */
export function takesRecipientArray(kind: MessageKind): boolean {
  return kind === "template" || kind === "location";
}
