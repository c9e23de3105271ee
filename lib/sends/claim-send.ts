import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";

export type SendClaim = {
  idempotencyKey: string;
  composeId: string;
  userId: string;
  /** Null for the environment sender (it has no SenderNumber row). */
  senderNumberId: string | null;
  kind: string;
  templateName: string | null;
  summary: string;
  path: string;
  requestBody: string;
  requestHash: string;
  draft: string;
  ticketCode: string | null;
  /** Recipients as digits (6281234567890), as Damcorp answers them. */
  to: string[];
};

export type ClaimResult =
  | { created: true; sendId: string }
  | { created: false; sendId: string; requestHash: string | null };

/**
 * Records the send and its recipients as pending, in one insert, BEFORE Damcorp is called. The
 * idempotency key is unique: whoever inserts first sends; everyone else finds that row.
 */
export async function claimSend(claim: SendClaim): Promise<ClaimResult> {
  const { to, ...send } = claim;
  try {
    const row = await db.send.create({
      data: {
        ...send,
        outcome: "pending",
        recipientCount: to.length,
        recipients: { create: to.map((digits) => ({ to: digits, status: "pending" })) },
      },
      select: { id: true },
    });
    return { created: true, sendId: row.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.send.findUniqueOrThrow({
      where: { idempotencyKey: claim.idempotencyKey },
      select: { id: true, requestHash: true },
    });
    return { created: false, sendId: existing.id, requestHash: existing.requestHash };
  }
}
