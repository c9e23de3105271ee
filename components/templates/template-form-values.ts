// The template form's values: what templateFormSchema reads, with empty strings (not undefined)
// for optional texts so every input stays controlled.
import type { SavedTemplate, TemplateButton } from "@/lib/templates/schema";
import type { TemplateFormInput } from "@/lib/templates/template-rules";

export type TemplateFormValues = TemplateFormInput;
export type ButtonKind = TemplateButton["type"];
export type CardButtonKind = "quick_reply" | "url";

export const emptyTemplate: TemplateFormValues = {
  name: "",
  language: "id",
  category: "UTILITY",
  headerKind: "none",
  headerText: "",
  body: "",
  footer: "",
  buttons: [],
  buttonsFormat: "array",
  cards: [],
  offerExpiry: false,
};

export function formValuesOf(template: SavedTemplate): TemplateFormValues {
  return {
    name: template.name,
    language: template.language,
    category: template.category,
    headerKind: template.headerKind,
    headerText: template.headerText ?? "",
    body: template.body,
    footer: template.footer ?? "",
    buttons: template.buttons,
    buttonsFormat: template.buttonsFormat,
    cards: template.cards,
    offerExpiry: template.offerExpiry,
  };
}

/** A new button of `kind`, keeping the text typed so far. */
export function buttonOfKind(kind: ButtonKind, text = ""): TemplateButton {
  switch (kind) {
    case "url":
      return { type: "url", text, url: "" };
    case "phone":
      return { type: "phone", text, phone: "" };
    default:
      return { type: kind, text };
  }
}

export const buttonKindOptions: { value: ButtonKind; label: string }[] = [
  { value: "quick_reply", label: "Quick reply" },
  { value: "url", label: "Visit website (URL)" },
  { value: "phone", label: "Call phone number" },
  { value: "copy_code", label: "Copy offer code" },
  { value: "flow", label: "WhatsApp Flow" },
  { value: "catalog", label: "Catalog (View items)" },
  { value: "otp", label: "One-time code (Authentication)" },
];
