import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ExpectedError } from "@/lib/errors/expected-error";

const refusals = {
  deactivate: {
    self: "You are the last active admin, so you cannot deactivate yourself. Make another user an admin first.",
    other:
      "This is the last active admin, so they cannot be deactivated. Make another user an admin first.",
  },
  demote: {
    self: "You are the last active admin, so you cannot change your own role. Make another user an admin first.",
    other:
      "This is the last active admin, so their role cannot change. Make another user an admin first.",
  },
} as const;

/**
 * Refuses a change that would leave Kabar with no active admin (nobody could manage users or
 * settings any more). Call it inside the transaction that makes the change, for a target that is
 * an active admin now, so two admins demoting each other at once cannot both succeed.
 */
export async function assertAnotherActiveAdmin(
  tx: Prisma.TransactionClient,
  targetId: string,
  actorId: string,
  change: keyof typeof refusals,
): Promise<void> {
  const others = await tx.user.count({
    where: { role: "admin", active: true, id: { not: targetId } },
  });
  if (others > 0) return;
  const message = refusals[change][targetId === actorId ? "self" : "other"];
  throw new ExpectedError("last_admin", message);
}
