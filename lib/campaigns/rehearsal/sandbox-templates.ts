// Kabar's saved templates as the Damcorp sandbox registers them (sandbox/README.md, "Templates at
// runtime"): name, body (its highest {{n}} is the parameter count), header and buttons, so a
// rehearsal answers 725 / 2000 exactly where Damcorp would for these templates.
import type { TemplateInput } from "@/lib/templates/schema";

export type SandboxTemplate = {
  name: string;
  category: TemplateInput["category"];
  language: string;
  body: string;
  header: string | { kind: string; required: boolean; variable: boolean };
  buttons: string[] | null;
  limitedTimeOffer: boolean;
  carousel: boolean;
};

const buttonKinds: Record<TemplateInput["buttons"][number]["type"], string> = {
  quick_reply: "quick_reply",
  url: "url",
  phone: "phone_number",
  copy_code: "copy_code",
  flow: "flow",
  catalog: "catalog",
  otp: "otp",
};

function headerOf(template: TemplateInput): SandboxTemplate["header"] | null {
  switch (template.headerKind) {
    case "none":
      return "none";
    case "text":
      return {
        kind: "text",
        required: true,
        variable: /\{\{\s*1\s*\}\}/.test(template.headerText ?? ""),
      };
    case "location":
      return null; // the sandbox has no location headers: such a template is left out
    default:
      return template.headerKind;
  }
}

/** The templates the sandbox can register (location-header templates it cannot describe). */
export function sandboxTemplatesOf(templates: readonly TemplateInput[]): SandboxTemplate[] {
  return templates.flatMap((template) => {
    const header = headerOf(template);
    if (header === null) return [];
    return [
      {
        name: template.name,
        category: template.category,
        language: template.language,
        body: template.body,
        header,
        buttons:
          template.buttons.length > 0 ? template.buttons.map((b) => buttonKinds[b.type]) : null,
        limitedTimeOffer: template.offerExpiry,
        carousel: template.cards.length > 0,
      },
    ];
  });
}
