import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { defaultSendRate } from "@/lib/delivery/engine";
import { rateOf, rateParts, sameRate, type RatePeriod } from "@/lib/delivery/pace";
import { readPaceRates, setPaceRate } from "@/lib/delivery/sql";
import { NotFoundError } from "@/lib/errors/expected-error";
import { environmentSender, ENV_SENDER_ID } from "./environment-sender";
import type { SenderRateInput } from "./schema";

/** A sender's send rate as pages show it: 60 per minute, and whether it is the default one. */
export type SenderRateView = { limit: number; per: RatePeriod; isDefault: boolean };

/**
 * The send rate of each sender (by id; "env" for DAMCORP_TOKEN's): the one an admin set, else
 * the default (KABAR_DEFAULT_SEND_RATE, what the sandbox allows). It lives in the database only,
 * so every worker paces by the same one.
 */
export async function listSenderRates(
  senderIds: readonly string[],
): Promise<Record<string, SenderRateView>> {
  const recorded = await readPaceRates(db, senderIds);
  return Object.fromEntries(
    senderIds.map((id) => {
      const rate = recorded.get(id) ?? defaultSendRate;
      return [id, { ...rateParts(rate), isDefault: sameRate(rate, defaultSendRate) }];
    }),
  );
}

/** Sets a sender's rate; every worker paces by it from its next request on. Audited. */
export async function setSenderRate(input: SenderRateInput, ctx: Actor) {
  const { senderId } = input;
  const exists =
    senderId === ENV_SENDER_ID
      ? environmentSender() !== null
      : (await db.senderNumber.count({ where: { id: senderId, deletedAt: null } })) > 0;
  if (!exists) throw new NotFoundError("That sender number");
  const rate = rateOf(input);
  const before = (await readPaceRates(db, [senderId])).get(senderId) ?? defaultSendRate;
  await db.$transaction((tx) => setPaceRate(tx, senderId, rate, Date.now()));
  if (!sameRate(before, rate)) {
    await recordAuditEvent({
      action: "sender.rate_changed",
      actor: ctx.user,
      target: `sender:${senderId}`,
      ip: ctx.ip,
      detail: { from: rateParts(before), to: rateParts(rate) },
    });
  }
  return { limit: input.limit, per: input.per };
}
