import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password-hash";
import { revokeAllUserSessions } from "@/lib/auth/sessions";
import type { ResetUserPasswordInput } from "./schema";

/**
 * An admin sets a new password for someone who lost theirs. Every session of that user ends, so
 * whoever might have used the old password is signed out too.
 */
export async function resetUserPassword(input: ResetUserPasswordInput, ctx: Actor) {
  const user = await db.user.findUnique({ where: { id: input.userId } });
  if (!user) throw new NotFoundError("That user");
  const passwordHash = await hashPassword(input.password);
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  await revokeAllUserSessions(user.id);
  await recordAuditEvent({
    action: "user.password_reset",
    actor: ctx.user,
    target: `user:${user.id}`,
    ip: ctx.ip,
    detail: { email: user.email },
  });
  return { signedOutSelf: user.id === ctx.user.id };
}
