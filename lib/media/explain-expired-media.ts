// Damcorp media IDs expire (and a sandbox forgets them on reset). A send by an ID Damcorp no longer
// knows comes back as an ordinary failed recipient ("could not send to this number"), which is
// not so: after a send where nobody was reached, each media ID it used is looked up with
// downloadMedia (a read), and an unknown one is said plainly. A library file's stale ID is dropped,
// so sending again sends the file itself (or, for a carousel card, asks for a new upload).
import { downloadMedia, type DamcorpClient } from "@/lib/damcorp";
import type { MediaUse } from "@/lib/composer/kinds/define";
import type { Final } from "@/lib/delivery/decide";
import type { MediaForSend } from "./resolve-media-for-send";

export const MEDIA_EXPIRED = "media_expired";

type UsedId = { id: string; byIdOnly: boolean; asset?: { id: string; name: string } };

export type ExpiredMediaDeps = {
  client: DamcorpClient;
  media: readonly MediaUse[];
  resolveMedia: (assetId: string) => Promise<MediaForSend>;
  /** Drops a library file's Damcorp media ID (only while it is still `mediaId`). */
  forgetMediaId: (assetId: string, mediaId: string) => Promise<void>;
};

async function usedIds(deps: ExpiredMediaDeps): Promise<UsedId[]> {
  const ids: UsedId[] = [];
  for (const use of deps.media) {
    const byIdOnly = use.byIdOnly === true;
    if (use.ref.source === "id") ids.push({ id: use.ref.mediaId, byIdOnly });
    if (use.ref.source !== "library") continue;
    const media = await deps.resolveMedia(use.ref.assetId).catch(() => null);
    if (media?.via === "media_id")
      ids.push({ id: media.media, byIdOnly, asset: { id: use.ref.assetId, name: media.name } });
  }
  return ids.filter((u, i) => ids.findIndex((v) => v.id === u.id) === i);
}

function words(expired: UsedId): string {
  const cause = "media IDs expire after a while, so Damcorp could not send the message to anyone";
  if (!expired.asset)
    return `Damcorp does not know media ID ${expired.id} (${cause}). Nothing was delivered. Choose the file from the media library, or enter a current media ID, and send again.`;
  const name = `“${expired.asset.name}”`;
  return expired.byIdOnly
    ? `Damcorp no longer knows the media ID of ${name} (${cause}). Nothing was delivered. Kabar dropped the old ID: upload the file to Damcorp again from the media library, then send again.`
    : `Damcorp no longer knows the media ID of ${name} (${cause}). Nothing was delivered. Kabar dropped the old ID: Send again sends the library file itself.`;
}

/** The final outcome, reworded when nobody was reached because a media ID had expired. */
export async function explainExpiredMedia(final: Final, deps: ExpiredMediaDeps): Promise<Final> {
  const failed = final.recipients.some((r) => r.status === "failed");
  if (final.send.outcome !== "failed" || !failed || deps.media.length === 0) return final;
  const expired: UsedId[] = [];
  for (const used of await usedIds(deps)) {
    const answer = await downloadMedia(deps.client, { id: used.id });
    // Only Damcorp's own "no such media" counts: a timeout or an outage proves nothing.
    if (answer.outcome === "rejected") expired.push(used);
  }
  if (expired.length === 0) return final;
  for (const used of expired) {
    if (used.asset) await deps.forgetMediaId(used.asset.id, used.id);
  }
  return {
    ...final,
    send: { ...final.send, errorCode: MEDIA_EXPIRED, errorMessage: words(expired[0]!) },
    recipients: final.recipients.map((r) =>
      r.status === "failed" ? { ...r, errorCode: MEDIA_EXPIRED } : r,
    ),
  };
}
