import "server-only";
import { sendCheckedMessage, type CheckedMessageRequest, type OnRetry } from "@/lib/damcorp";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getWhatsAppClient } from "@/lib/connections/damcorp";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { resolveMediaForSend, type MediaForSend } from "@/lib/media/resolve-media-for-send";
import { withLibraryMedia, type MediaUse } from "@/lib/composer/kinds/define";
import { recordNotSent, recordSendResult, recordUnknown } from "./record-result";

export type DeliveryJob = {
  sendId: string;
  senderId: string;
  /** Built and checked once, before it was recorded; library media still to be resolved. */
  request: CheckedMessageRequest;
  media: readonly MediaUse[];
};

/** Library files become the string Damcorp takes (media ID, base64 or a signed sticker link). */
async function resolveMedia(job: DeliveryJob): Promise<CheckedMessageRequest> {
  const resolved = new Map<string, MediaForSend>();
  for (const use of job.media) {
    if (use.ref.source !== "library") continue;
    const media = resolved.get(use.ref.assetId) ?? (await resolveMediaForSend(use.ref.assetId));
    resolved.set(use.ref.assetId, media);
    if (use.byIdOnly && media.via !== "media_id") {
      throw new ExpectedError(
        "invalid_request",
        `“${media.name}” has no Damcorp media ID, and a carousel card is sent by media ID. Upload it to Damcorp from the media library, or enter a media ID.`,
      );
    }
  }
  if (resolved.size === 0) return job.request;
  // The check ran with stand-ins of the same shape (lib/sends/check-request.ts).
  return {
    ...job.request,
    body: withLibraryMedia(job.request.body, (id) => resolved.get(id)?.media ?? ""),
  };
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
  let request: CheckedMessageRequest;
  try {
    request = await resolveMedia(job);
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

  let result;
  try {
    result = await sendCheckedMessage(client, request, { onRetry: noteRetry(job.sendId) });
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
  await recordSendResult(job.sendId, result, request.body);
}
