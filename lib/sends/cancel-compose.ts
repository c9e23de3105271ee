import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { cancelQueued } from "@/lib/delivery/sql";

/**
 * Cancels the requests of a compose that have not left yet (queued, or waiting for a rate limit
 * or an outage). What already left is not touched; a request leaving at this very moment is either
 * cancelled or sent, never both (both are conditional updates of the same row).
 */
export async function cancelCompose(
  composeId: string,
  actor: Actor,
): Promise<{ cancelled: number }> {
  const cancelled = await db.$transaction((tx) => cancelQueued(tx, composeId, Date.now()));
  if (cancelled > 0) {
    await recordAuditEvent({
      action: "send.cancelled",
      actor: actor.user,
      ip: actor.ip,
      target: composeId,
      detail: { requests: cancelled },
    });
  }
  return { cancelled };
}
