import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lastFour } from "@/lib/security/secret-box";
import { sealSecret } from "@/lib/security/secrets";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { numberTakenError } from "./sender-errors";
import type { UpdateSenderInput } from "./schema";

/** Changes a stored sender; the token changes only when a new one is given. */
export async function updateSenderNumber(input: UpdateSenderInput, ctx: Actor) {
  const secret = input.token
    ? { tokenCipher: sealSecret(input.token), tokenLast4: lastFour(input.token) }
    : {};
  let changed: string[];
  try {
    changed = await db.$transaction(async (tx) => {
      const current = await tx.senderNumber.findFirst({
        where: { id: input.id, deletedAt: null },
      });
      if (!current) throw new NotFoundError("That sender number");
      if (input.number !== current.number) {
        const other = await tx.senderNumber.findUnique({ where: { number: input.number } });
        if (other) throw numberTakenError(other.deletedAt !== null);
      }
      if (input.isDefault && !current.isDefault) {
        await tx.senderNumber.updateMany({
          where: { isDefault: true },
          data: { isDefault: false },
        });
      }
      await tx.senderNumber.update({
        where: { id: current.id },
        data: { label: input.label, number: input.number, isDefault: input.isDefault, ...secret },
      });
      return [
        input.label !== current.label && "label",
        input.number !== current.number && "number",
        input.isDefault !== current.isDefault && "default",
        input.token && "token",
      ].filter((f): f is string => typeof f === "string");
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTakenError(false);
    throw error;
  }
  if (changed.length > 0) {
    // Names what changed, never the token itself.
    await recordAuditEvent({
      action: "secret.sender_updated",
      actor: ctx.user,
      target: `sender:${input.id}`,
      ip: ctx.ip,
      detail: { label: input.label, number: input.number, changed },
    });
  }
  return { changed };
}
