import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lastFour } from "@/lib/security/secret-box";
import { sealSecret } from "@/lib/security/secrets";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { environmentSender } from "./environment-sender";
import { numberTakenError } from "./sender-errors";
import type { AddSenderInput } from "./schema";

/**
 * Stores a sender number with its Damcorp token encrypted (AES-256-GCM); only the last four
 * characters are kept readable. Adding a number that was removed earlier brings that row back,
 * so its past sends stay linked to it.
 */
export async function addSenderNumber(input: AddSenderInput, ctx: Actor) {
  const tokenCipher = sealSecret(input.token);
  const tokenLast4 = lastFour(input.token);
  let sender: { id: string; isDefault: boolean };
  try {
    sender = await db.$transaction(async (tx) => {
      const existing = await tx.senderNumber.findUnique({ where: { number: input.number } });
      if (existing && !existing.deletedAt) throw numberTakenError(false);
      // The very first sender is the default, unless the environment already provides one.
      const live = await tx.senderNumber.count({ where: { deletedAt: null } });
      const isDefault = input.isDefault || (live === 0 && !environmentSender());
      if (isDefault) {
        await tx.senderNumber.updateMany({
          where: { isDefault: true },
          data: { isDefault: false },
        });
      }
      const data = {
        label: input.label,
        number: input.number,
        tokenCipher,
        tokenLast4,
        isDefault,
        deletedAt: null,
      };
      const select = { id: true, isDefault: true };
      return existing
        ? tx.senderNumber.update({ where: { id: existing.id }, data, select })
        : tx.senderNumber.create({ data, select });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTakenError(false);
    throw error;
  }
  await recordAuditEvent({
    action: "secret.sender_added",
    actor: ctx.user,
    target: `sender:${sender.id}`,
    ip: ctx.ip,
    detail: { label: input.label, number: input.number, isDefault: sender.isDefault },
  });
  return { id: sender.id };
}
