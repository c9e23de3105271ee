// The values a template send carries, checked against the saved template's parameter slots
// (lib/templates/param-slots.ts). The draft schema checks each value's shape; this checks that
// there is exactly one value per placeholder, so Damcorp's error 2000 (parameter count mismatch)
// and 725 (missing component) are caught in the composer, with the field named, before sending.
// Used by the form's resolver as you type and by the send service on the server.
import { templateParamSchema } from "@/lib/damcorp/schemas/fields";
import { templateParamSlots, type ButtonSlot } from "@/lib/templates/param-slots";
import type { TemplateInput } from "@/lib/templates/schema";
import type { TemplateButtonValue, TemplateDraftInput } from "./kinds/template-draft";

export type { TemplateDraftInput };
type ButtonValueInput = TemplateDraftInput["buttons"][number];
type CardValueInput = TemplateDraftInput["cards"][number];

/** Field path ("message.bodyParams.1") → what is wrong, in words. */
export type FieldIssues = Record<string, string>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function paramProblem(value: string): string | undefined {
  const result = templateParamSchema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function headerIssues(
  draft: TemplateDraftInput,
  header: ReturnType<typeof templateParamSlots>["header"],
  issues: FieldIssues,
) {
  switch (header) {
    case "none":
      return;
    case "text_param":
      if (!draft.headerParam?.trim())
        issues["message.headerParam"] = "Header parameter {{1}} is required";
      return;
    case "image":
    case "document":
    case "video":
      if (!draft.headerMedia) issues["message.headerMedia"] = `Add the header ${header}`;
      else if (draft.headerMedia.source !== "url")
        issues["message.headerMedia"] =
          "Damcorp takes a template's header file as a web address (https://…)";
      return;
    case "location":
      if (!draft.headerLocation) issues["message.headerLocation"] = "Add the header location";
      return;
  }
}

function buttonValueMatches(value: ButtonValueInput | undefined, slot: ButtonSlot): boolean {
  return value !== undefined && value.type === slot.type;
}

function buttonIssues(draft: TemplateDraftInput, slots: ButtonSlot[], issues: FieldIssues) {
  const missing = slots.filter(
    (slot) =>
      !buttonValueMatches(
        draft.buttons.find((b) => b.index === slot.index),
        slot,
      ),
  );
  const extra = draft.buttons.filter((b) => !slots.some((slot) => slot.index === b.index));
  if (missing.length > 0 || extra.length > 0) {
    issues["message.buttons"] =
      missing.length > 0
        ? `Button “${missing[0]!.label}” needs a value (this template has ${plural(slots.length, "button")} with a value per send)`
        : `This template has ${plural(slots.length, "button")} with a value per send; ${draft.buttons.length} were given. Pick the template again.`;
  }
}

function cardIssues(
  draft: TemplateDraftInput,
  cardSlots: ReturnType<typeof templateParamSlots>["cards"],
  issues: FieldIssues,
) {
  if (draft.cards.length !== cardSlots.length) {
    issues["message.cards"] =
      `This template has ${plural(cardSlots.length, "carousel card")}; ${draft.cards.length} were given`;
    return;
  }
  cardSlots.forEach((slot, i) => {
    const card: CardValueInput = draft.cards[i]!;
    const at = `message.cards.${i}`;
    if (card.media.source === "url") {
      issues[`${at}.media`] =
        "A carousel card's media goes by its media ID (from the media library or Damcorp), not by a web address";
    }
    if (card.bodyParams.length !== slot.bodyParams) {
      issues[`${at}.bodyParams`] =
        `Card ${i + 1} has ${plural(slot.bodyParams, "parameter")}; ${card.bodyParams.length} were given`;
    } else {
      card.bodyParams.forEach((value, j) => {
        const problem = value.trim()
          ? paramProblem(value)
          : `Card ${i + 1} parameter {{${j + 1}}} is required`;
        if (problem) issues[`${at}.bodyParams.${j}`] = problem;
      });
    }
    slot.urlButtons.forEach((buttonIndex) => {
      const position = card.buttonPayloads.findIndex(
        (p) => p.index === buttonIndex && p.type === "url",
      );
      const payload = position >= 0 ? card.buttonPayloads[position]!.payload : "";
      if (!payload.trim()) {
        issues[
          position >= 0 ? `${at}.buttonPayloads.${position}.payload` : `${at}.buttonPayloads`
        ] = `Card ${i + 1}'s link button needs its URL value`;
      }
    });
  });
}

/** Every mismatch between a template draft and its template; empty when the draft fits. */
export function templateValueIssues(
  draft: TemplateDraftInput,
  template: TemplateInput,
  now: Date = new Date(),
): FieldIssues {
  const slots = templateParamSlots(template);
  const issues: FieldIssues = {};
  headerIssues(draft, slots.header, issues);

  if (draft.bodyParams.length !== slots.bodyParams) {
    issues["message.bodyParams"] =
      `This template needs ${plural(slots.bodyParams, "body parameter")}; ${draft.bodyParams.length} were given. Pick the template again.`;
  } else {
    draft.bodyParams.forEach((value, i) => {
      const problem = value.trim()
        ? paramProblem(value)
        : `Body parameter {{${i + 1}}} is required`;
      if (problem) issues[`message.bodyParams.${i}`] = problem;
    });
  }

  buttonIssues(draft, slots.buttons, issues);

  if (slots.offerExpiry) {
    const expires = draft.offerExpiresAt ? Date.parse(draft.offerExpiresAt) : Number.NaN;
    if (Number.isNaN(expires)) issues["message.offerExpiresAt"] = "Set when the offer expires";
    else if (expires <= now.getTime())
      issues["message.offerExpiresAt"] = "The offer must expire in the future";
  }

  cardIssues(draft, slots.cards, issues);
  return issues;
}

function emptyButtonValue(slot: ButtonSlot): TemplateButtonValue {
  switch (slot.type) {
    case "url":
      return { type: "url", index: slot.index, urlParam: "" };
    case "copy_code":
      return { type: "copy_code", index: slot.index, couponCode: "" };
    case "flow":
      return { type: "flow", index: slot.index, flowToken: "" };
    case "otp":
      return { type: "otp", index: slot.index, code: "" };
    case "catalog":
      return {
        type: "catalog",
        index: slot.index,
        thumbnailProductRetailerId: "",
        sections: [{ title: "", productRetailerIds: [""] }],
      };
  }
}

/** A fresh draft for a template: exactly one empty input per placeholder and dynamic button. */
export function emptyTemplateDraft(template: TemplateInput & { id: string }): TemplateDraftInput {
  const slots = templateParamSlots(template);
  return {
    kind: "template",
    templateId: template.id,
    headerParam: slots.header === "text_param" ? "" : undefined,
    headerMedia:
      slots.header === "image" || slots.header === "document" || slots.header === "video"
        ? { source: "url", url: "" }
        : undefined,
    headerFilename: undefined,
    headerLocation:
      slots.header === "location"
        ? { latitude: "", longitude: "", name: "", address: "" }
        : undefined,
    bodyParams: Array.from({ length: slots.bodyParams }, () => ""),
    buttons: slots.buttons.map(emptyButtonValue),
    offerExpiresAt: undefined,
    cards: template.cards.map((card, i) => ({
      media: { source: "id", mediaId: "" },
      bodyParams: Array.from({ length: slots.cards[i]?.bodyParams ?? 0 }, () => ""),
      buttonPayloads: card.buttons.map((button, j) => ({
        index: j,
        type: button.type,
        payload: "",
      })),
    })),
  };
}
