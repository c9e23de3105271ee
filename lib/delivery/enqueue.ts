// The engine's front door: a caller (the composer today, campaigns next) hands it requests built
// and checked from the message-kind table, and they become durable queued rows, all or none, in
// one transaction, before anything is sent. Each carries a unique idempotency key: whoever records
// a key first sends; a caller who hands the same key again finds that row and sends nothing, and
// the same key with other content is refused.
import type { CheckedMessageRequest } from "@/lib/damcorp";
import type { MediaUse } from "@/lib/composer/kinds/define";
import type { Db } from "@/lib/db/create-client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { deliveryEvents, type DeliveryEvents } from "./events";
import type { SendRate } from "./pace";
import { orderedId } from "./ordered-id";
import { writePayload } from "./payload";
import * as sql from "./sql";

/** The DAMCORP_TOKEN sender has no SenderNumber row; it is queued under this key. */
export const ENVIRONMENT_SENDER_KEY = "env";

/** Composer sends go before bulk work (campaigns), whatever was queued first. */
export const PRIORITY = { interactive: 0, bulk: 100 } as const;

export type DeliveryRequest = {
  idempotencyKey: string;
  /** Requests of one compose (or one campaign batch) share it; their outcome is watched together. */
  composeId: string | null;
  userId: string | null;
  /** A SenderNumber id, or ENVIRONMENT_SENDER_KEY. */
  senderKey: string;
  request: CheckedMessageRequest;
  /** Digits with the country code. */
  to: string[];
  /** Library media in the body, resolved when it is sent. */
  media: MediaUse[];
  priority: keyof typeof PRIORITY;
  /** SHA-256 of what is sent (lib/sends/request-hash.ts): the same key with another is refused. */
  requestHash: string;
  /** For history. */
  summary: string | null;
  templateName: string | null;
  draft: string | null;
  ticketCode: string | null;
  /** An unknown send the operator chose to send again. */
  resendOfId?: string;
  /** The campaign whose recipient this request delivers (lib/campaigns). */
  campaignId?: string;
};

export type Enqueued = {
  /** Rows created now. */
  created: string[];
  /** Requests whose key was already recorded (with the same content): nothing new for them. */
  existing: string[];
};

export const CONFLICT_MESSAGE =
  "This message was already submitted with different content under the same send key. Nothing new was sent. Start a new message to send this one.";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Records every request as queued (and its recipients as pending), or none of them. `guard` runs
 * first in the same transaction and may refuse (throw); `rateOf` is a sender's pace the first time
 * it queues anything.
 */
export async function enqueueDeliveries(
  db: Db,
  requests: readonly DeliveryRequest[],
  options: {
    rateOf: (senderKey: string) => SendRate;
    guard?: (tx: Tx) => Promise<void>;
    events?: DeliveryEvents;
    now?: Date;
  },
): Promise<Enqueued> {
  const createdAt = options.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    await options.guard?.(tx);
    for (const senderKey of new Set(requests.map((r) => r.senderKey))) {
      await sql.ensurePace(tx, senderKey, options.rateOf(senderKey));
    }
    const created: string[] = [];
    const existing: { key: string; hash: string }[] = [];
    for (const r of requests) {
      const id = orderedId();
      const inserted = await sql.insertQueued(tx, {
        id,
        idempotencyKey: r.idempotencyKey,
        composeId: r.composeId,
        userId: r.userId,
        senderNumberId: r.senderKey === ENVIRONMENT_SENDER_KEY ? null : r.senderKey,
        senderKey: r.senderKey,
        kind: r.request.type,
        templateName: r.templateName,
        summary: r.summary,
        path: r.request.path,
        requestBody: JSON.stringify(r.request.body),
        requestHash: r.requestHash,
        draft: r.draft,
        ticketCode: r.ticketCode,
        priority: PRIORITY[r.priority],
        payload: writePayload({
          type: r.request.type,
          path: r.request.path,
          body: r.request.body,
          to: r.to,
          media: r.media,
        }),
        resendOfId: r.resendOfId ?? null,
        campaignId: r.campaignId ?? null,
        createdAt,
        to: r.to,
      });
      if (inserted) created.push(id);
      else existing.push({ key: r.idempotencyKey, hash: r.requestHash });
    }
    if (existing.length > 0) {
      const recorded = await tx.send.findMany({
        where: { idempotencyKey: { in: existing.map((e) => e.key) } },
        select: { id: true, idempotencyKey: true, requestHash: true },
      });
      const hashOf = new Map(recorded.map((row) => [row.idempotencyKey, row]));
      if (existing.some((e) => hashOf.get(e.key)?.requestHash !== e.hash)) {
        throw new ExpectedError("idempotency_conflict", CONFLICT_MESSAGE);
      }
      return { created, existing: recorded.map((row) => row.id) };
    }
    return { created, existing: [] };
  });
  if (result.created.length > 0) (options.events ?? deliveryEvents).queued();
  return result;
}
