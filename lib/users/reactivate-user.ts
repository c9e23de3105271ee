import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

/** Lets a deactivated user sign in again, with the password they had. */
export async function reactivateUser(userId: string, ctx: Actor) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("That user");
  if (user.active) return { changed: false };
  await db.user.update({ where: { id: userId }, data: { active: true } });
  await recordAuditEvent({
    action: "user.reactivated",
    actor: ctx.user,
    target: `user:${userId}`,
    ip: ctx.ip,
    detail: { email: user.email },
  });
  return { changed: true };
}
