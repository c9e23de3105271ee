import "server-only";
import { ForbiddenError, NotSignedInError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { currentRequestIp, getCurrentUser } from "./current-user";
import { roleAllows, type Role } from "./roles";
import type { SessionUser } from "./session-user";

/**
 * The one guard every server action, route handler and protected page calls: the request must
 * carry a live session whose role is in `allowed`. A refusal of a signed-in user is audited.
 */
export async function requireRole(allowed: readonly Role[], what: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new NotSignedInError();
  if (!roleAllows(user.role, allowed)) {
    await recordAuditEvent({
      action: "access.denied",
      actor: user,
      target: what,
      ip: await currentRequestIp(),
      detail: { role: user.role },
    });
    throw new ForbiddenError();
  }
  return user;
}
