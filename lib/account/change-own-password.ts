import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError, NotSignedInError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { revokeAllUserSessions } from "@/lib/auth/sessions";
import type { ChangePasswordInput } from "./schema";

/**
 * The signed-in user replaces their password. Every session ends, this one included: a password
 * change is what someone does when they fear another person knows the old one, and that person
 * may be signed in elsewhere.
 */
export async function changeOwnPassword(input: ChangePasswordInput, ctx: Actor) {
  const user = await db.user.findUnique({ where: { id: ctx.user.id } });
  if (!user || !user.active) throw new NotSignedInError();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ExpectedError("wrong_password", "Some fields need attention.", {
      fieldErrors: { currentPassword: ["That is not your current password"] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  await revokeAllUserSessions(user.id);
  await recordAuditEvent({
    action: "auth.password_changed",
    actor: ctx.user,
    target: `user:${user.id}`,
    ip: ctx.ip,
  });
  return { signedOut: true };
}
