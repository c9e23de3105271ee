// One recipient's message: the campaign's message with that recipient's frozen values put into
// its placeholders (lib/campaigns/placeholders.ts). Pure, so the wizard's preview, the exact
// request of a row, the rehearsal and the real send all build from the same thing; what the
// review shows for row 8,214 is what row 8,214 is sent.
import type { z } from "zod";
import { planRequests } from "@/lib/composer/build-request";
import { messageWireIssues } from "@/lib/composer/kinds";
import {
  messageDraftSchema,
  type MessageDraft,
  type MessageDraftInput,
} from "@/lib/composer/draft-schema";
import type { templateButtonValueSchema } from "@/lib/composer/kinds/template-draft";
import { checkPlannedRequests, type CheckedPlan } from "@/lib/sends/check-request";
import type { TemplateInput } from "@/lib/templates/schema";
import { placeholderId, placeholdersOf, type PlaceholderId } from "./placeholders";

export type RecipientValues = Readonly<Record<PlaceholderId, string>>;
type ButtonValue = z.input<typeof templateButtonValueSchema>;

const TEXT_PLACEHOLDER = /\{\{\s*(\d{1,3})\s*\}\}/g;

/**
 * The composer input for one recipient (a draft as the composer's form holds it: a campaign's
 * message keeps its placeholders empty, so it is checked per recipient, after this). A
 * placeholder without a value keeps what the message itself holds (a template's typed-in value,
 * or a text's literal {{n}}): the review counts rows missing a value before anything is sent.
 */
export function personalise(
  message: MessageDraftInput,
  values: RecipientValues,
  template?: TemplateInput | null,
): MessageDraftInput {
  const has = (id: PlaceholderId) => Object.hasOwn(values, id);
  if (message.kind === "text") {
    return {
      ...message,
      body: message.body.replace(TEXT_PLACEHOLDER, (whole, n: string) => {
        const id = placeholderId.body(Number(n));
        return has(id) ? values[id]! : whole;
      }),
    };
  }
  if (message.kind !== "template" || !template) return message;

  const out = { ...message, bodyParams: [...message.bodyParams], buttons: [...message.buttons] };
  for (const placeholder of placeholdersOf(message, template)) {
    if (!has(placeholder.id)) continue;
    const value = values[placeholder.id]!;
    switch (placeholder.kind) {
      case "body":
        while (out.bodyParams.length < placeholder.index) out.bodyParams.push("");
        out.bodyParams[placeholder.index - 1] = value;
        break;
      case "header_text":
        out.headerParam = value;
        break;
      case "header_media":
        out.headerMedia = { source: "url", url: value };
        break;
      case "button_url":
        out.buttons = withButton(out.buttons, {
          type: "url",
          index: placeholder.index,
          urlParam: value,
        });
        break;
      case "coupon_code":
        out.buttons = withButton(out.buttons, {
          type: "copy_code",
          index: placeholder.index,
          couponCode: value,
        });
        break;
    }
  }
  return out;
}

function withButton(buttons: readonly ButtonValue[], value: ButtonValue): ButtonValue[] {
  const others = buttons.filter((b) => b.index !== value.index);
  return [...others, value].sort((a, b) => a.index - b.index);
}

/**
 * The one Damcorp request a campaign recipient becomes, parsed by the composer's own schema and
 * built and checked from the message-kind table like any composer send; or what is wrong, in
 * words ("message.bodyParams.0: A parameter can be at most … characters").
 */
export function recipientRequest(
  message: MessageDraftInput,
  recipient: { to: string; values: RecipientValues },
  template?: TemplateInput | null,
  now: Date = new Date(),
): { ok: true; plan: CheckedPlan; message: MessageDraft } | { ok: false; problems: string[] } {
  const parsed = messageDraftSchema.safeParse(personalise(message, recipient.values, template));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      i.path.length > 0 ? `${i.path.map(String).join(".")}: ${i.message}` : i.message,
    );
    return { ok: false, problems };
  }
  const personal = parsed.data;
  const issues = Object.values(messageWireIssues(personal, template ?? undefined, now));
  if (issues.length > 0) return { ok: false, problems: issues };
  const checked = checkPlannedRequests(
    planRequests(personal, [recipient.to], { template: template ?? undefined }),
  );
  if (!checked.ok) return checked;
  if (checked.plans.length !== 1) return { ok: false, problems: ["The message cannot be built."] };
  return { ok: true, plan: checked.plans[0]!, message: personal };
}
