import "server-only";
import { ExpectedError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { downloadMedia, type DownloadMediaResult } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import { cleanMediaName } from "./clean-media-name";
import { getDefaultWhatsAppClient, NO_SENDER_MESSAGE } from "./default-whatsapp-client";
import { receiveMediaStream } from "./receive-media-stream";
import { mediaTypes } from "./rules";
import { saveReceivedMedia } from "./save-received-media";
import type { ImportMediaInput, MediaSaved } from "./schema";
import { normaliseClaimedType } from "./sniff";
import { toMediaItem } from "./to-media-item";

/**
 * Why a download failed, worded for a download: the send catalogue's words ("the message may
 * or may not have been sent", "check the contact's chat") do not apply, as nothing is sent and
 * asking again is harmless.
 */
function downloadFailureMessage(result: Exclude<DownloadMediaResult, { outcome: "accepted" }>) {
  const nothing = "Nothing was imported, and no message was sent.";
  if (result.outcome === "rejected") {
    const advice =
      result.code === "401"
        ? "Ask a Kabar administrator to check the default sender number's token."
        : "Check the ID and try again; if it keeps happening, contact Damcorp support.";
    return `Damcorp refused to give the media (${result.code} · ${result.error.title}). ${nothing} ${advice}`;
  }
  return `Kabar could not get the media from Damcorp (${result.error.title.toLowerCase()}). ${nothing} Try again in a moment.`;
}

/**
 * Brings media that reached Damcorp some other way into the library: downloadMedia by ID, then
 * the same checks, hashing and deduplication as an upload. The item keeps that ID for sending.
 * Audited.
 */
export async function importMediaById(input: ImportMediaInput, actor: Actor): Promise<MediaSaved> {
  const { user } = actor;
  const client = await getDefaultWhatsAppClient();
  if (!client) throw new ExpectedError("no_sender", NO_SENDER_MESSAGE);

  const result = await downloadMedia(client, { id: input.mediaId });
  if (result.outcome !== "accepted") {
    const notFound = result.outcome === "rejected" && result.code === "404";
    throw new ExpectedError(
      notFound ? "not_found_at_damcorp" : "damcorp_failed",
      notFound
        ? `Damcorp has no media with ID ${input.mediaId}. Check the ID; media may also expire at Damcorp.`
        : downloadFailureMessage(result),
      { fieldErrors: { mediaId: [notFound ? "No media with this ID" : result.error.title] } },
    );
  }
  const { bytes, contentType } = result.media;
  if (bytes.byteLength === 0) {
    throw new ExpectedError(
      "no_bytes",
      "Damcorp knows this media only by a web address, so it has no file to import.",
      { fieldErrors: { mediaId: ["No file behind this ID"] } },
    );
  }

  // The type decides the default name's ending; the checks below judge the bytes themselves.
  const claimed = normaliseClaimedType(contentType);
  const fallbackName = `damcorp-${input.mediaId}${claimed ? mediaTypes[claimed].extensions[0] : ""}`;
  const received = await receiveMediaStream(new Blob([new Uint8Array(bytes)]).stream(), {
    name: input.name ?? fallbackName,
    claimedType: contentType ?? null,
    declaredSize: bytes.byteLength,
  });
  const saved = await saveReceivedMedia(received, {
    name: cleanMediaName(input.name ?? fallbackName, received.mimeType),
    source: "import",
    createdById: user.id,
    damcorpId: input.mediaId,
  });
  logger.info("media imported", {
    assetId: saved.asset.id,
    kind: saved.asset.kind,
    duplicate: saved.duplicate,
    userId: user.id,
  });
  await recordAuditEvent({
    action: "media.imported",
    actor: user,
    target: `media ${saved.asset.id}`,
    ip: actor.ip,
    detail: { damcorpId: input.mediaId },
  });
  return {
    asset: toMediaItem(saved.asset),
    duplicate: saved.duplicate,
    restored: saved.restored,
    damcorp: { status: "already", message: null },
  };
}
