import "server-only";
import type { OnRetry, SendResult } from "@/lib/damcorp";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getWhatsAppClient } from "@/lib/connections/damcorp";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { resolveMediaForSend, type MediaForSend } from "@/lib/media/resolve-media-for-send";
import { describeMedia, wireBody, wireCall, type WireCall } from "@/lib/composer/build-request";
import type { MediaRef, MessageDraft } from "@/lib/composer/draft-schema";
import type { TemplateInput } from "@/lib/templates/schema";
import { dispatchCall } from "./dispatch-call";
import { recordNotSent, recordSendResult, recordUnknown } from "./record-result";

export type DeliveryJob = {
  sendId: string;
  senderId: string;
  message: MessageDraft;
  template?: TemplateInput;
  /** E.164 recipients of this request. */
  to: string[];
};

/** Every media reference in a draft, wherever the kind keeps it. */
export function mediaRefsOf(message: MessageDraft): MediaRef[] {
  switch (message.kind) {
    case "image":
    case "video":
    case "audio":
    case "document":
    case "sticker":
      return [message.media];
    case "buttons":
      return message.header && message.header.type !== "text" ? [message.header.media] : [];
    case "template":
      return [
        ...(message.headerMedia ? [message.headerMedia] : []),
        ...message.cards.map((card) => card.media),
      ];
    default:
      return [];
  }
}

/** Library files become the string Damcorp takes (media ID, base64 or a signed sticker link). */
async function resolveCall(job: DeliveryJob): Promise<WireCall> {
  const resolved = new Map<string, MediaForSend>();
  for (const ref of mediaRefsOf(job.message)) {
    if (ref.source === "library" && !resolved.has(ref.assetId)) {
      resolved.set(ref.assetId, await resolveMediaForSend(ref.assetId));
    }
  }
  if (job.message.kind === "template") {
    for (const card of job.message.cards) {
      const media = card.media.source === "library" ? resolved.get(card.media.assetId) : undefined;
      if (media && media.via !== "media_id") {
        throw new ExpectedError(
          "invalid_request",
          `“${media.name}” has no Damcorp media ID, and a carousel card is sent by media ID. Upload it to Damcorp from the media library, or enter a media ID.`,
        );
      }
    }
  }
  const call = wireCall(job.message, job.to, {
    template: job.template,
    media: (ref) =>
      ref.source === "library" ? (resolved.get(ref.assetId)?.media ?? "") : describeMedia(ref),
  });
  if (!call) throw new ExpectedError("not_found", "The message's template is missing.");
  return call;
}

const retryCodes: Record<Parameters<OnRetry>[2], string> = {
  rate_limited: "429",
  service_unavailable: "503",
  connection_refused: "connection_refused",
  timeout: "timeout",
  connection_lost: "connection_lost",
};

/** Progress for the composer while the client waits to retry (429, 503, refused connection). */
function noteRetry(sendId: string): OnRetry {
  return (attempt, _delayMs, reason) => {
    db.send
      .updateMany({
        where: { id: sendId, outcome: "pending" },
        data: { attempts: attempt + 1, errorCode: retryCodes[reason] },
      })
      .catch((error: unknown) => logger.warn("could not note a retry", { sendId, error }));
  };
}

function plainMessage(error: unknown, fallback: string): string {
  return error instanceof ExpectedError ? error.message : fallback;
}

/** Makes the one Damcorp request of a claimed send and records what came back. */
export async function deliverSend(job: DeliveryJob): Promise<void> {
  let call: WireCall;
  try {
    call = await resolveCall(job);
  } catch (error) {
    if (!(error instanceof ExpectedError))
      logger.error("media for a send", { sendId: job.sendId, error });
    await recordNotSent(
      job.sendId,
      "media_unavailable",
      `${plainMessage(error, "The media file could not be read.")} Nothing was sent.`,
    );
    return;
  }

  let client;
  try {
    ({ client } = await getWhatsAppClient(job.senderId));
  } catch (error) {
    if (!(error instanceof ExpectedError))
      logger.error("sender for a send", { sendId: job.sendId, error });
    await recordNotSent(
      job.sendId,
      "sender_unavailable",
      `${plainMessage(error, "The sender number could not be used.")} Nothing was sent.`,
    );
    return;
  }

  let result: SendResult;
  try {
    result = await dispatchCall(client, call, { onRetry: noteRetry(job.sendId) });
  } catch (error) {
    // The client reports every outcome as a result; a throw is a bug, after which the request
    // may or may not have gone out.
    logger.error("send threw", { sendId: job.sendId, error });
    await recordUnknown(
      job.sendId,
      "Kabar failed while sending. Damcorp may or may not have sent this; check with the customer before resending.",
    );
    return;
  }
  await recordSendResult(job.sendId, result, wireBody(call));
}
