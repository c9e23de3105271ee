import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors/expected-error";
import { findOptedOutNumbers } from "./find-opted-out";

/** An admin's decision to send to opted-out numbers anyway, with the reason (audited). */
export type OptOutOverride = { reason: string; actor: Actor };

/**
 * The composer's rule: a message to an opted-out number is refused on the recipients field,
 * unless an admin overrides it with a reason, which the audit trail keeps per number.
 */
export async function refuseOptedOutRecipients(
  numbers: readonly string[],
  override?: OptOutOverride,
): Promise<void> {
  const optedOut = [...(await findOptedOutNumbers(numbers)).keys()];
  if (optedOut.length === 0) return;
  if (override && override.actor.user.role === "admin" && override.reason.trim().length >= 3) {
    for (const number of optedOut) {
      await recordAuditEvent({
        action: "contact.opt_out_overridden",
        actor: override.actor.user,
        target: `number ${number}`,
        ip: override.actor.ip,
        detail: { reason: override.reason.trim() },
      });
    }
    return;
  }
  const message =
    optedOut.length === 1
      ? `${optedOut[0]} opted out: Kabar does not send to it. Remove it, or ask an admin to override with a reason.`
      : `${optedOut.length} numbers opted out (${optedOut.join(", ")}): Kabar does not send to them. Remove them, or ask an admin to override with a reason.`;
  throw new ExpectedError("opted_out", message, { fieldErrors: { recipients: [message] } });
}
