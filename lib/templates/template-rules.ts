// The rules WhatsApp applies to a template as a whole (beyond each field's own limits): they make
// the saved copy match what Damcorp accepts, so the composer can build a valid request from it.
// Errors block saving; warnings (placeholder gaps) are shown beside the field and allow saving.
import { z } from "zod";
import { countPlaceholders } from "@/lib/whatsapp-format/placeholders";
import { templateInputSchema, type TemplateButton, type TemplateInput } from "./schema";
import { refuseUnsafeText } from "@/lib/text/unsafe-characters";

type Issue = { path: (string | number)[]; message: string };

/** A URL may only carry a trailing {{1}}: that is the one part Damcorp fills (url_param). */
export function urlPlaceholderProblem(url: string): string | null {
  const withoutTrailing = url.replace(/\{\{\s*1\s*\}\}$/, "");
  return /\{\{|\}\}/.test(withoutTrailing)
    ? "Only a trailing {{1}} can be filled per send, e.g. https://example.com/track/{{1}}"
    : null;
}

function isDynamicUrl(button: TemplateButton): boolean {
  return button.type === "url" && /\{\{\s*1\s*\}\}$/.test(button.url);
}

const perKindMax: Partial<Record<TemplateButton["type"], number>> = {
  url: 2,
  phone: 1,
  copy_code: 1,
  flow: 1,
  catalog: 1,
  otp: 1,
};
const kindNames: Record<TemplateButton["type"], string> = {
  quick_reply: "quick reply",
  url: "URL",
  phone: "phone",
  copy_code: "copy code",
  flow: "flow",
  catalog: "catalog",
  otp: "one-time code",
};

function headerIssues(t: TemplateInput): Issue[] {
  if (t.headerKind !== "text") return [];
  const text = t.headerText?.trim() ?? "";
  if (!text) {
    return [
      { path: ["headerText"], message: "Enter the header text, or choose another header kind" },
    ];
  }
  const { indexes } = countPlaceholders(text);
  return indexes.some((n) => n !== 1)
    ? [{ path: ["headerText"], message: "A text header can have one placeholder: {{1}}" }]
    : [];
}

function buttonIssues(t: TemplateInput): Issue[] {
  const issues: Issue[] = [];
  t.buttons.forEach((button, i) => {
    if (button.type === "url") {
      const problem = urlPlaceholderProblem(button.url);
      if (problem) issues.push({ path: ["buttons", i, "url"], message: problem });
    }
    if (button.type === "otp" && t.category !== "AUTHENTICATION") {
      issues.push({
        path: ["buttons", i, "type"],
        message: "A one-time-code button belongs to an Authentication template",
      });
    }
  });
  for (const [kind, max] of Object.entries(perKindMax) as [TemplateButton["type"], number][]) {
    const count = t.buttons.filter((b) => b.type === kind).length;
    if (count > max) {
      issues.push({
        path: ["buttons"],
        message: `A template has at most ${max} ${kindNames[kind]} button${max > 1 ? "s" : ""}`,
      });
    }
  }
  if (t.category === "AUTHENTICATION" && !t.buttons.some((b) => b.type === "otp")) {
    issues.push({
      path: ["buttons"],
      message: "An Authentication template needs a one-time-code button",
    });
  }
  if (t.buttonsFormat !== "array") {
    const dynamic = t.buttons.filter((b) => b.type !== "quick_reply" && b.type !== "phone");
    const fits = dynamic.length === 1 && dynamic[0] !== undefined && isDynamicUrl(dynamic[0]);
    if (!fits) {
      issues.push({
        path: ["buttonsFormat"],
        message:
          "The object formats carry one URL parameter: the template needs exactly one URL button ending in {{1}} and no other dynamic button",
      });
    }
  }
  return issues;
}

function carouselIssues(t: TemplateInput): Issue[] {
  if (t.cards.length === 0) return [];
  const issues: Issue[] = [];
  if (t.headerKind !== "none") {
    issues.push({
      path: ["headerKind"],
      message: "A carousel template has no header of its own: each card shows its media",
    });
  }
  if (t.buttons.length > 0) {
    issues.push({
      path: ["buttons"],
      message: "A carousel template has no buttons of its own: put them on the cards",
    });
  }
  const first = t.cards[0]!;
  const shape = (buttons: { type: string }[]) => buttons.map((b) => b.type).join(",");
  t.cards.forEach((card, i) => {
    card.buttons.forEach((button, j) => {
      const problem = button.type === "url" ? urlPlaceholderProblem(button.url) : null;
      if (problem) issues.push({ path: ["cards", i, "buttons", j, "url"], message: problem });
    });
    if (i === 0) return;
    if (card.headerKind !== first.headerKind) {
      issues.push({
        path: ["cards", i, "headerKind"],
        message: "Every card needs the same media kind as card 1",
      });
    }
    if (shape(card.buttons) !== shape(first.buttons)) {
      issues.push({
        path: ["cards", i, "buttons"],
        message: "Every card needs the same buttons, in the same order, as card 1",
      });
    }
  });
  return issues;
}

function footerIssues(t: TemplateInput): Issue[] {
  return t.footer && countPlaceholders(t.footer).indexes.length > 0
    ? [{ path: ["footer"], message: "A footer is fixed text: it cannot have placeholders" }]
    : [];
}

export function templateRuleIssues(t: TemplateInput): Issue[] {
  return [...headerIssues(t), ...buttonIssues(t), ...carouselIssues(t), ...footerIssues(t)];
}

/** templateInputSchema plus the whole-template rules: used by the template form and its actions. */
export const templateFormSchema = templateInputSchema.superRefine((template, ctx) => {
  for (const issue of templateRuleIssues(template)) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
  // Control characters and broken halves of emoji are refused on the field they are in.
  refuseUnsafeText(template, ctx);
});
export type TemplateFormInput = z.input<typeof templateFormSchema>;

/** Placeholders that skip a number ({{1}} {{3}}): allowed to save, but almost always a typo. */
export function placeholderGapWarning(text: string): string | null {
  const { missing } = countPlaceholders(text);
  if (missing.length === 0) return null;
  const list = missing.map((n) => `{{${n}}}`).join(", ");
  return `${list} ${missing.length === 1 ? "is" : "are"} missing: WhatsApp numbers placeholders from {{1}} without gaps, so each send would need an unused value`;
}
