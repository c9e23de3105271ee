import "server-only";
import { getDeliveryClient } from "@/lib/connections/damcorp";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { explainExpiredMedia } from "@/lib/media/explain-expired-media";
import { forgetDamcorpMediaId } from "@/lib/media/forget-damcorp-media-id";
import { resolveMediaForSend, type MediaForSend } from "@/lib/media/resolve-media-for-send";
import { parseSendRate, type SendRate } from "./pace";
import { DeliveryWorker, type DeliveryOptions } from "./worker";

// The delivery engine of this process, wired to the app: its database, the senders' credentials
// and the media library. The Kabar server starts it from instrumentation.ts; `npm run worker`
// (scripts/worker.ts) runs it on its own.

/** A sender's rate until an admin sets one in Settings. */
export const defaultSendRate: SendRate = parseSendRate(env.KABAR_DEFAULT_SEND_RATE)!;

/** A bulk send reuses one library file for every recipient: read it once, not once each. */
function cachedMedia(ttlMs: number, size: number) {
  const cache = new Map<string, { media: Promise<MediaForSend>; until: number }>();
  const resolve = (assetId: string) => {
    const now = Date.now();
    const hit = cache.get(assetId);
    if (hit && hit.until > now) return hit.media;
    const media = resolveMediaForSend(assetId);
    media.catch(() => cache.delete(assetId));
    cache.set(assetId, { media, until: now + ttlMs });
    while (cache.size > size) cache.delete(cache.keys().next().value!);
    return media;
  };
  return { resolve, forget: (assetId: string) => cache.delete(assetId) };
}

const shared = globalThis as unknown as { kabarDeliveryWorker?: DeliveryWorker };

/** Starts this process's delivery worker once (again: the same one). */
export async function startDeliveryEngine(
  options: Partial<DeliveryOptions> = {},
): Promise<DeliveryWorker> {
  if (shared.kabarDeliveryWorker) return shared.kabarDeliveryWorker;
  const media = cachedMedia(60_000, 4);
  const worker = new DeliveryWorker(
    {
      db,
      clientFor: getDeliveryClient,
      resolveMedia: media.resolve,
      explainFailure: (final, { client, payload }) =>
        explainExpiredMedia(final, {
          client,
          media: payload.media,
          resolveMedia: media.resolve,
          forgetMediaId: async (assetId, mediaId) => {
            await forgetDamcorpMediaId(assetId, mediaId);
            media.forget(assetId);
          },
        }),
      log: (level, message, fields) => logger[level](message, fields as Record<string, unknown>),
    },
    {
      concurrency: env.KABAR_DELIVERY_CONCURRENCY,
      leaseMs: env.KABAR_DELIVERY_LEASE_MS,
      heartbeatMs: Math.max(50, Math.floor(env.KABAR_DELIVERY_LEASE_MS / 5)),
      ...options,
    },
  );
  shared.kabarDeliveryWorker = worker;
  await worker.start();
  logger.info("delivery worker started", { worker: worker.id });
  return worker;
}

/** Whether this process delivers (then the composer is told at once when its requests finish). */
export function deliversInThisProcess(): boolean {
  return shared.kabarDeliveryWorker !== undefined && !shared.kabarDeliveryWorker.stopping;
}
