// Checks a planned request against the Damcorp client's own request schemas before anything is
// recorded, so a message Damcorp's rules would refuse becomes a form error, not a failed send.
import type { z } from "zod";
import { hsmSchemas, sessionSchemas, issuesFromZodError } from "@/lib/damcorp";
import {
  wireBody,
  wireCall,
  type MediaResolver,
  type PlannedRequest,
} from "@/lib/composer/build-request";
import type { MessageDraft } from "@/lib/composer/draft-schema";
import type { TemplateInput } from "@/lib/templates/schema";

const schemaFor: Record<PlannedRequest["call"]["type"], z.ZodType> = {
  text: sessionSchemas.sendTextBodySchema,
  hsm: hsmSchemas.sendHsmBodySchema,
  interactive: sessionSchemas.sendInteractiveBodySchema,
  image: sessionSchemas.sendImageBodySchema,
  document: sessionSchemas.sendDocumentBodySchema,
  audio: sessionSchemas.sendAudioBodySchema,
  video: sessionSchemas.sendVideoBodySchema,
  sticker: sessionSchemas.sendStickerBodySchema,
  location: sessionSchemas.sendLocationBodySchema,
  contact: sessionSchemas.sendContactBodySchema,
};

/**
 * A library file is swapped for its Damcorp ID, base64 or (stickers) a signed .webp link only
 * when sending; for this check it stands in as an address of that shape.
 */
const standInMedia: MediaResolver = (ref) => {
  switch (ref.source) {
    case "library":
      return `https://media-library.kabar.invalid/${encodeURIComponent(ref.assetId)}.webp`;
    case "url":
      return ref.url;
    case "id":
      return ref.mediaId;
  }
};

/** "message: Message can be at most 4096 characters"-style problems; empty when Damcorp's rules pass. */
export function requestProblems(
  message: MessageDraft,
  to: readonly string[],
  template: TemplateInput | undefined,
): string[] {
  const call = wireCall(message, to, { template, media: standInMedia });
  if (!call) return ["The message cannot be built (its template is missing)."];
  const problems: string[] = [];
  if (call.type === "hsm") {
    const name = hsmSchemas.templateNameSchema.safeParse(call.input.templateName);
    if (!name.success)
      problems.push(`Template name: ${name.error.issues[0]?.message ?? "invalid"}`);
  }
  const result = schemaFor[call.type].safeParse(wireBody(call, "check"));
  if (!result.success) {
    problems.push(
      ...issuesFromZodError(result.error).map((i) =>
        i.path ? `${i.path}: ${i.message}` : i.message,
      ),
    );
  }
  return problems;
}
