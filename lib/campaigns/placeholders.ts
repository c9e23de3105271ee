// The places in a composer message where each recipient gets their own value: a template's body
// {{n}}, its text header's {{1}}, a dynamic URL button's parameter, a coupon code, a media
// header's web address; a text message's {{n}}. Each has a stable id (what a campaign's mapping
// and every recipient's frozen values are keyed by) and a label for the wizard and the review.
// Pure: the browser (wizard), the review, the rehearsal and the feeder all read it.
import type { MessageDraftInput } from "@/lib/composer/draft-schema";
import { templateParamSlots } from "@/lib/templates/param-slots";
import type { TemplateInput } from "@/lib/templates/schema";
import { countPlaceholders } from "@/lib/whatsapp-format/placeholders";

/** "body.1", "header.text", "header.media", "button.2.url", "button.1.coupon". */
export type PlaceholderId = string;

export type Placeholder =
  | { id: PlaceholderId; kind: "body"; index: number; label: string }
  | { id: PlaceholderId; kind: "header_text"; label: string }
  | { id: PlaceholderId; kind: "header_media"; label: string }
  | { id: PlaceholderId; kind: "button_url"; index: number; label: string }
  | { id: PlaceholderId; kind: "coupon_code"; index: number; label: string };

export const placeholderId = {
  body: (n: number) => `body.${n}`,
  headerText: "header.text",
  headerMedia: "header.media",
  buttonUrl: (index: number) => `button.${index}.url`,
  couponCode: (index: number) => `button.${index}.coupon`,
} as const;

function bodyPlaceholders(text: string): Placeholder[] {
  return countPlaceholders(text).indexes.map((n) => ({
    id: placeholderId.body(n),
    kind: "body",
    index: n,
    label: `Body {{${n}}}`,
  }));
}

/**
 * The placeholders of a message, in the order the customer reads them (header, body, buttons).
 * A template's come from the saved template (null while it is not loaded: none yet). Kinds
 * without any (media, interactive, location, contact) go out the same to everyone.
 */
export function placeholdersOf(
  message: Pick<MessageDraftInput, "kind"> & Partial<{ body: unknown }>,
  template?: TemplateInput | null,
): Placeholder[] {
  if (message.kind === "text") {
    return typeof message.body === "string" ? bodyPlaceholders(message.body) : [];
  }
  if (message.kind !== "template" || !template) return [];
  const slots = templateParamSlots(template);
  const out: Placeholder[] = [];
  if (slots.header === "text_param") {
    out.push({ id: placeholderId.headerText, kind: "header_text", label: "Header {{1}}" });
  }
  if (slots.header === "image" || slots.header === "document" || slots.header === "video") {
    out.push({
      id: placeholderId.headerMedia,
      kind: "header_media",
      label: `Header ${slots.header} web address`,
    });
  }
  // Every {{n}} up to the highest: Damcorp expects one value for each (error 2000 otherwise).
  for (let n = 1; n <= slots.bodyParams; n += 1) {
    out.push({ id: placeholderId.body(n), kind: "body", index: n, label: `Body {{${n}}}` });
  }
  for (const button of slots.buttons) {
    if (button.type === "url") {
      out.push({
        id: placeholderId.buttonUrl(button.index),
        kind: "button_url",
        index: button.index,
        label: `Button “${button.label}” URL parameter`,
      });
    } else if (button.type === "copy_code") {
      out.push({
        id: placeholderId.couponCode(button.index),
        kind: "coupon_code",
        index: button.index,
        label: `Coupon code (button “${button.label}”)`,
      });
    }
  }
  return out;
}
