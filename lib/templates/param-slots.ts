// Which values a saved template needs on each send: one input per placeholder in the header and
// body, and one per dynamic button. Counting them here is what lets the composer catch Damcorp's
// error 2000 (parameter count mismatch) before anything is sent.
import { countPlaceholders } from "@/lib/whatsapp-format/placeholders";
import type { TemplateButton, TemplateInput } from "./schema";

export type ButtonSlot =
  | { index: number; type: "url"; label: string }
  | { index: number; type: "copy_code"; label: string }
  | { index: number; type: "flow"; label: string }
  | { index: number; type: "catalog"; label: string }
  | { index: number; type: "otp"; label: string };

export interface TemplateParamSlots {
  /** Header needs: a text parameter ({{1}} in a text header), a media file, or a location. */
  header: "none" | "text_param" | "image" | "document" | "video" | "location";
  /** Number of body parameters ({{1}} … {{n}}). */
  bodyParams: number;
  /** Dynamic buttons in template order (static ones — quick reply, phone, fixed URL — need nothing). */
  buttons: ButtonSlot[];
  /** Whether static buttons must be sent as {} placeholders beside the dynamic ones. */
  sendStaticPlaceholders: boolean;
  offerExpiry: boolean;
  /** Per carousel card: body parameter count and dynamic (URL) buttons. */
  cards: { bodyParams: number; hasMedia: true; urlButtons: number[]; quickReplies: number[] }[];
}

function buttonSlot(button: TemplateButton, index: number): ButtonSlot | null {
  switch (button.type) {
    case "url":
      return /\{\{\s*1\s*\}\}/.test(button.url) ? { index, type: "url", label: button.text } : null;
    case "copy_code":
    case "flow":
    case "catalog":
    case "otp":
      return { index, type: button.type, label: button.text };
    case "quick_reply":
    case "phone":
      return null;
  }
}

export function templateParamSlots(template: TemplateInput): TemplateParamSlots {
  const header: TemplateParamSlots["header"] =
    template.headerKind === "text"
      ? countPlaceholders(template.headerText ?? "").count > 0
        ? "text_param"
        : "none"
      : template.headerKind;
  const buttons = template.buttons
    .map((b, i) => buttonSlot(b, i))
    .filter((s): s is ButtonSlot => s !== null);
  return {
    header,
    bodyParams: countPlaceholders(template.body).count,
    buttons,
    sendStaticPlaceholders: buttons.length > 0 && buttons.length < template.buttons.length,
    offerExpiry: template.offerExpiry,
    cards: template.cards.map((card) => ({
      bodyParams: countPlaceholders(card.body).count,
      hasMedia: true,
      urlButtons: card.buttons.flatMap((b, i) =>
        b.type === "url" && /\{\{/.test(b.url) ? [i] : [],
      ),
      quickReplies: card.buttons.flatMap((b, i) => (b.type === "quick_reply" ? [i] : [])),
    })),
  };
}
