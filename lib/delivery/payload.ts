// What a queued row carries for the engine (Send.payload): the request as built and checked from
// the message-kind table — path, body with the token still the redaction marker and library media
// still named by asset — the recipients, and the media to resolve when it is sent.
import { z } from "zod";
import type { CheckedMessageRequest, MessageCallType } from "@/lib/damcorp";
import { isMessageCallType } from "@/lib/damcorp/whatsapp/message-kinds";
import { withLibraryMedia, type MediaUse } from "@/lib/composer/kinds/define";
import { ExpectedError } from "@/lib/errors/expected-error";
import type { MediaForSend } from "@/lib/media/resolve-media-for-send";

export type Payload = {
  type: MessageCallType;
  path: string;
  body: Record<string, unknown>;
  /** Digits with the country code, in the order the recipients were recorded. */
  to: string[];
  media: MediaUse[];
};

const payloadSchema = z.object({
  type: z.string().refine(isMessageCallType),
  path: z.string(),
  body: z.record(z.string(), z.unknown()),
  to: z.array(z.string()),
  media: z.array(z.object({ ref: z.any(), byIdOnly: z.boolean().optional() })),
});

export function writePayload(payload: Payload): string {
  return JSON.stringify(payload);
}

export function readPayload(text: string): Payload {
  return payloadSchema.parse(JSON.parse(text));
}

/**
 * The request ready to send: library files swapped for what Damcorp takes (media ID, base64 or a
 * signed sticker link). It was checked against the table with stand-ins of the same shape when it
 * was queued (lib/sends/check-request.ts), so it is sent as it is.
 */
export async function withResolvedMedia(
  payload: Payload,
  resolve: (assetId: string) => Promise<MediaForSend>,
): Promise<CheckedMessageRequest> {
  const resolved = new Map<string, MediaForSend>();
  for (const use of payload.media) {
    if (use.ref.source !== "library") continue;
    const media = resolved.get(use.ref.assetId) ?? (await resolve(use.ref.assetId));
    resolved.set(use.ref.assetId, media);
    if (use.byIdOnly && media.via !== "media_id") {
      throw new ExpectedError(
        "invalid_request",
        `“${media.name}” has no Damcorp media ID, and a carousel card is sent by media ID. Upload it to Damcorp from the media library, or enter a media ID.`,
      );
    }
  }
  const body =
    resolved.size === 0
      ? payload.body
      : withLibraryMedia(payload.body, (id) => resolved.get(id)?.media ?? "");
  return { type: payload.type, path: payload.path, body, checks: [], checked: true };
}
