// Whether anything is delivering: the workers seen alive recently (DeliveryWorker heartbeats).
import type { Db } from "@/lib/db/create-client";
import { DEFAULT_DELIVERY_OPTIONS } from "./worker";

/** A worker that has not beaten for this long is taken for stopped. */
export const WORKER_SILENCE_MS = DEFAULT_DELIVERY_OPTIONS.leaseMs + 5_000;

export function liveWorkerCount(db: Pick<Db, "deliveryWorker">, now: Date): Promise<number> {
  return db.deliveryWorker.count({
    where: { heartbeatAt: { gt: new Date(now.getTime() - WORKER_SILENCE_MS) } },
  });
}
