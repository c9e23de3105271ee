import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { defaultSendRate } from "@/lib/delivery/engine";
import { enqueueDeliveries } from "@/lib/delivery/enqueue";
import { readPayload } from "@/lib/delivery/payload";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";

/**
 * Sends again a request whose outcome is unknown, because an operator chose to after being warned
 * that the customer may get it twice. It is its own recorded attempt: a new request (linked to the
 * first by resendOfId) with the same content, queued before bulk work. Asking twice at once sends
 * once (the new request's key is derived from the first and the attempt number).
 */
export async function resendUnknown(
  sendId: string,
  actor: Actor,
): Promise<{ sendId: string; composeId: string }> {
  const original = await db.send.findUnique({
    where: { id: sendId },
    select: {
      id: true,
      idempotencyKey: true,
      outcome: true,
      payload: true,
      senderKey: true,
      requestHash: true,
      summary: true,
      templateName: true,
      draft: true,
      ticketCode: true,
      _count: { select: { resends: true } },
    },
  });
  if (!original) throw new NotFoundError("This send");
  if (original.outcome !== "unknown" || !original.payload || !original.senderKey) {
    throw new ExpectedError(
      "not_resendable",
      original.outcome === "unknown"
        ? "This send was recorded before Kabar kept what it sent, so it cannot be sent again from here. Compose it again instead."
        : "Only a send whose outcome is unknown can be sent again from here.",
    );
  }
  const payload = readPayload(original.payload);
  const attempt = original._count.resends + 1;
  const composeId = crypto.randomUUID();
  const { created, existing } = await enqueueDeliveries(
    db,
    [
      {
        idempotencyKey: `${original.idempotencyKey}:again:${attempt}`,
        composeId,
        userId: actor.user.id,
        senderKey: original.senderKey,
        request: {
          type: payload.type,
          path: payload.path,
          body: payload.body,
          checks: [],
          checked: true,
        },
        to: payload.to,
        media: payload.media,
        priority: "interactive",
        requestHash: original.requestHash ?? "",
        summary: original.summary,
        templateName: original.templateName,
        draft: original.draft,
        ticketCode: original.ticketCode,
        resendOfId: original.id,
      },
    ],
    { rateOf: () => defaultSendRate },
  );
  const newId = created[0] ?? existing[0]!;
  if (created.length > 0) {
    await recordAuditEvent({
      action: "send.resent",
      actor: actor.user,
      ip: actor.ip,
      target: original.id,
      detail: { resend: newId, attempt },
    });
  }
  const row = await db.send.findUniqueOrThrow({
    where: { id: newId },
    select: { composeId: true },
  });
  return { sendId: newId, composeId: row.composeId ?? composeId };
}
