import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertAnotherActiveAdmin } from "./last-admin";
import type { ChangeUserRoleInput } from "./schema";

/**
 * Gives a user another role. Takes effect on their next request: the session check reads the
 * role from the database every time, so no session needs to end.
 */
export async function changeUserRole(input: ChangeUserRoleInput, ctx: Actor) {
  const change = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new NotFoundError("That user");
    if (user.role === input.role) return null;
    if (user.role === "admin" && user.active) {
      await assertAnotherActiveAdmin(tx, user.id, ctx.user.id, "demote");
    }
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    return { email: user.email, from: user.role, to: input.role };
  });
  if (change) {
    await recordAuditEvent({
      action: "user.role_changed",
      actor: ctx.user,
      target: `user:${input.userId}`,
      ip: ctx.ip,
      detail: change,
    });
  }
  return { changed: change !== null };
}
