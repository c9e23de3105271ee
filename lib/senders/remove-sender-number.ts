import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

/**
 * Removes a sender from use. The row stays (soft removal, deletedAt) so history still names the
 * number its messages left from, but its encrypted token is erased: a removed sender keeps no
 * credential. Adding the number again asks for a token.
 */
export async function removeSenderNumber(senderId: string, ctx: Actor) {
  const sender = await db.senderNumber.findFirst({ where: { id: senderId, deletedAt: null } });
  if (!sender) throw new NotFoundError("That sender number");
  await db.senderNumber.update({
    where: { id: sender.id },
    data: { deletedAt: new Date(), isDefault: false, tokenCipher: "" },
  });
  await recordAuditEvent({
    action: "secret.sender_removed",
    actor: ctx.user,
    target: `sender:${sender.id}`,
    ip: ctx.ip,
    detail: { label: sender.label, number: sender.number },
  });
  return { id: sender.id };
}
