// What the draft schema cannot know on its own but Damcorp would refuse: a template's values
// against its placeholders, header files that must be web addresses, .webp stickers, a contact
// number that cannot be read, repeated list rows. Shared by the form (as you type) and the server.
import type { z } from "zod";
import { PRODUCT_ITEMS_TOTAL_MAX } from "@/lib/damcorp/limits";
import { normalizePhone } from "@/lib/phone/normalize";
import type { TemplateInput } from "@/lib/templates/schema";
import type { messageDraftSchema } from "./draft-schema";
import { templateValueIssues, type FieldIssues } from "./template-values";

export type MessageDraftInput = z.input<typeof messageDraftSchema>;

function isWebp(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith(".webp");
  } catch {
    return false;
  }
}

function productCount(sections: readonly { productRetailerIds: readonly string[] }[]): number {
  return sections.reduce((total, s) => total + s.productRetailerIds.length, 0);
}

/**
 * Issues by field path ("message.media"); `template` is the saved template a template draft
 * names (undefined while it is loading or when it no longer exists).
 */
export function messageWireIssues(
  message: MessageDraftInput,
  template: TemplateInput | undefined,
  now: Date = new Date(),
): FieldIssues {
  const issues: FieldIssues = {};
  switch (message.kind) {
    case "template":
      if (!message.templateId) return issues;
      if (!template) {
        issues["message.templateId"] = "This template no longer exists. Pick another one.";
        return issues;
      }
      return templateValueIssues(message, template, now);
    case "buttons":
      if (message.header && message.header.type !== "text" && message.header.media.source !== "url")
        issues["message.header.media"] = "Damcorp takes a header file as a web address (https://…)";
      return issues;
    case "list": {
      const seen = new Set<string>();
      message.rows.forEach((row, i) => {
        const key = row.title.trim().toLowerCase();
        if (key && seen.has(key))
          issues[`message.rows.${i}.title`] = "Each row needs a different title";
        seen.add(key);
      });
      return issues;
    }
    case "product_list":
      if (productCount(message.sections) > PRODUCT_ITEMS_TOTAL_MAX)
        issues["message.sections"] =
          `A message can show at most ${PRODUCT_ITEMS_TOTAL_MAX} products in total`;
      return issues;
    case "sticker":
      if (message.media.source !== "url" || !isWebp(message.media.url))
        issues["message.media"] = "A sticker is sent by the web address of a .webp image";
      return issues;
    case "contact": {
      const phone = normalizePhone(message.phone);
      if (message.phone.trim() && !phone.ok) issues["message.phone"] = phone.reason;
      return issues;
    }
    default:
      return issues;
  }
}
