import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { revokeAllUserSessions } from "@/lib/auth/sessions";
import { assertAnotherActiveAdmin } from "./last-admin";

/**
 * Stops a user from signing in and ends every session they have. Nothing is deleted: their sends
 * and templates keep their author, and an admin can reactivate them.
 */
export async function deactivateUser(userId: string, ctx: Actor) {
  const email = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("That user");
    if (!user.active) return null;
    if (user.role === "admin")
      await assertAnotherActiveAdmin(tx, user.id, ctx.user.id, "deactivate");
    // Bumping sessionVersion ends their sessions in the same write that deactivates them.
    await tx.user.update({
      where: { id: user.id },
      data: { active: false, sessionVersion: { increment: 1 } },
    });
    return user.email;
  });
  if (email === null) return { changed: false };
  await revokeAllUserSessions(userId);
  await recordAuditEvent({
    action: "user.deactivated",
    actor: ctx.user,
    target: `user:${userId}`,
    ip: ctx.ip,
    detail: { email },
  });
  return { changed: true };
}
