import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors/expected-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";

export type OptOutSource = "contact_page" | "csv" | "ticket";

/**
 * Records that a number must not be messaged. Already opted out: nothing changes (the first
 * opt-out keeps its time and reason). Audited, with no actor when the customer did it.
 */
export async function optOutNumber(
  e164: string,
  input: {
    source: OptOutSource;
    reason: string | null;
    ticketCode?: string | null;
    /** Null when the customer opted out by themselves (a stop word in a ticket). */
    actor: Actor | null;
    at?: Date;
  },
): Promise<{ changed: boolean }> {
  const at = input.at ?? new Date();
  const existing = await db.optOut.findUnique({ where: { e164 } });
  if (existing?.state === "opted_out") return { changed: false };
  const data = {
    state: "opted_out",
    optedOutAt: at,
    source: input.source,
    reason: input.reason,
    ticketCode: input.ticketCode ?? null,
    importId: null,
    byUserId: input.actor?.user.id ?? null,
  };
  let changed: boolean;
  if (existing) {
    const { count } = await db.optOut.updateMany({
      where: { e164, state: { not: "opted_out" } },
      data,
    });
    changed = count > 0;
  } else {
    try {
      await db.optOut.create({ data: { e164, ...data } });
      changed = true;
    } catch (error) {
      // Another request recorded this number's opt-out first.
      if (!isUniqueViolation(error)) throw error;
      changed = false;
    }
  }
  if (changed) {
    await recordAuditEvent({
      action: "contact.opted_out",
      actor: input.actor?.user ?? null,
      target: `number ${e164}`,
      ip: input.actor?.ip ?? null,
      detail: { source: input.source, reason: input.reason, ticketCode: input.ticketCode ?? null },
    });
  }
  return { changed };
}

/** Opting back in: explicit, with a reason, audited. The row stays, marked opted_in. */
export async function optInNumber(e164: string, reason: string, actor: Actor): Promise<void> {
  const { count } = await db.optOut.updateMany({
    where: { e164, state: "opted_out" },
    data: {
      state: "opted_in",
      optedInAt: new Date(),
      optedInById: actor.user.id,
      optInReason: reason,
    },
  });
  if (count === 0)
    throw new ExpectedError(
      "not_opted_out",
      "This number is not opted out, so there is nothing to undo.",
    );
  await recordAuditEvent({
    action: "contact.opted_in",
    actor: actor.user,
    target: `number ${e164}`,
    ip: actor.ip,
    detail: { reason },
  });
}
