// Field-level schema builders shared by every request schema. Each one carries its own
// plain-words messages ("Footer can be at most 60 characters") because these messages are
// shown to operators as-is, in the send forms and in a rejected send's issue list.
import { z } from "zod";
import { findUnsafeCharacter, unsafeCharacterMessage } from "@/lib/text/unsafe-characters";
import { TEMPLATE_PARAM_MAX, TEMPLATE_PARAM_MAX_CONSECUTIVE_SPACES } from "../limits";

function requiredString(label: string) {
  return z.string({
    error: (issue) =>
      issue.input === undefined ? `${label} is required` : `${label} must be text`,
  });
}

/**
 * Non-blank text, optionally capped at `max` characters, without control characters or broken
 * halves of emoji (lib/text/unsafe-characters.ts): the last check before Damcorp gets it.
 */
export function text(label: string, max?: number) {
  const base = requiredString(label)
    .refine((v) => v.trim().length > 0, `${label} cannot be empty`)
    .superRefine((v, ctx) => {
      const found = findUnsafeCharacter(v);
      if (found)
        ctx.addIssue({ code: "custom", message: `${label}: ${unsafeCharacterMessage(found)}` });
    });
  return max === undefined ? base : base.max(max, `${label} can be at most ${max} characters`);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** An absolute http(s) address. */
export function httpUrl(label: string) {
  return text(label).refine(
    isHttpUrl,
    `${label} must be a web address starting with http:// or https://`,
  );
}

/**
 * A phone number as Damcorp takes it: digits, optionally led by "+". Length and validity are
 * left to Damcorp on purpose: it answers per recipient (`status: "invalid"`), and the app
 * normalises numbers with lib/phone before they get here.
 */
export function phoneNumber(label: string) {
  return text(label).regex(
    /^\+?[0-9]+$/,
    `${label} can only contain digits, optionally starting with +`,
  );
}

export const recipientNumberSchema = phoneNumber("Recipient number");

/** WhatsApp calls authenticate with the token inside the JSON body. */
export const tokenSchema = requiredString("API token").min(1, "API token is missing");

/** Media given as a URL, base64 (or data: URL), or a media ID from uploadMedia. */
export function mediaSource(label: string) {
  return text(label);
}

/** One template (HSM) body parameter, with WhatsApp's rules for parameter text. */
export const templateParamSchema = text("Template parameter", TEMPLATE_PARAM_MAX)
  .refine((v) => !/[\n\t]/.test(v), "Template parameters cannot contain line breaks or tabs")
  .refine(
    (v) => !new RegExp(` {${TEMPLATE_PARAM_MAX_CONSECUTIVE_SPACES + 1},}`).test(v),
    `Template parameters cannot contain more than ${TEMPLATE_PARAM_MAX_CONSECUTIVE_SPACES} spaces in a row`,
  );

/** Reports the first repeated value of `key` so duplicates can be flagged at their position. */
export function firstDuplicateIndex<T>(items: readonly T[], key: (item: T) => string): number {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const k = key(item).trim().toLowerCase();
    if (seen.has(k)) return index;
    seen.add(k);
  }
  return -1;
}
