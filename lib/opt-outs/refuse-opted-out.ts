import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { findOptedOutNumbers } from "./find-opted-out";

/** An admin's decision to send to opted-out numbers anyway, with the reason (audited). */
export type OptOutOverride = { reason: string; actor: Actor };

export type OptOutCheck =
  /** Nothing to refuse; `overridden` lists the opted-out numbers an admin's reason lets through. */
  | { refused: false; overridden: string[] }
  /** `reasonIssue`: an admin's reason that is too short to let them through. */
  | { refused: true; issue: string; reasonIssue?: string };

const MIN_REASON = 3;

const validOverride = (override?: OptOutOverride): boolean =>
  override !== undefined &&
  override.actor.user.role === "admin" &&
  override.reason.trim().length >= MIN_REASON;

/**
 * The send path's opt-out rule, asked once in its pre-send check: a message to an opted-out
 * number is refused on the recipients field, unless an admin overrides it with a reason.
 */
export async function checkOptedOutRecipients(
  numbers: readonly string[],
  override?: OptOutOverride,
): Promise<OptOutCheck> {
  const optedOut = [...(await findOptedOutNumbers(numbers)).keys()];
  if (optedOut.length === 0 || validOverride(override))
    return { refused: false, overridden: optedOut };
  if (override?.actor.user.role === "admin") {
    return {
      refused: true,
      issue: `${optedOut.join(", ")}: opted out. Give the reason to send anyway, or remove ${optedOut.length === 1 ? "it" : "them"}.`,
      reasonIssue: `Say why, in a few words (at least ${MIN_REASON} characters)`,
    };
  }
  const issue =
    optedOut.length === 1
      ? `${optedOut[0]} opted out: Kabar does not send to it. Remove it, or ask an admin to override with a reason.`
      : `${optedOut.length} numbers opted out (${optedOut.join(", ")}): Kabar does not send to them. Remove them, or ask an admin to override with a reason.`;
  return { refused: true, issue };
}

/** The audit trail keeps, per number, who sent to it although it opted out, and why. */
export async function auditOptOutOverride(
  numbers: readonly string[],
  override: OptOutOverride | undefined,
): Promise<void> {
  if (numbers.length === 0 || !override) return;
  for (const number of numbers) {
    await recordAuditEvent({
      action: "contact.opt_out_overridden",
      actor: override.actor.user,
      target: `number ${number}`,
      ip: override.actor.ip,
      detail: { reason: override.reason.trim() },
    });
  }
}
