import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { cancelQueued } from "@/lib/delivery/sql";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { describeRecipientStatus, describeSendErrorCode } from "@/lib/wording/describe-failure";
import type { CampaignStatus } from "./schema";

// Pause, resume, cancel, retry failed, send unknown again: each one conditional update on the
// campaign first (it holds the campaign row, so a feeder's enqueue either came before, and its
// requests are found here, or comes after and finds the campaign no longer running), then the
// engine's queued requests of the campaign are withdrawn where needed. Every one is audited.

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function refuseState(id: string, verb: string): Promise<never> {
  const row = await db.campaign.findUnique({ where: { id }, select: { status: true } });
  if (!row) throw new NotFoundError("The campaign");
  throw new ExpectedError("campaign_state", `A ${row.status} campaign cannot be ${verb}.`);
}

async function audit(action: AuditAction, id: string, actor: Actor, detail?: object) {
  await recordAuditEvent({
    action,
    actor: actor.user,
    ip: actor.ip,
    target: id,
    ...(detail ? { detail: detail as Record<string, unknown> } : {}),
  });
}

/**
 * The campaign's requests that had not left go back: withdrawn from the engine, and their
 * recipients planned again under a new key (the withdrawn request never reached Damcorp).
 */
async function withdrawQueued(tx: Tx, id: string, now: Date, then: "planned" | "cancelled") {
  await cancelQueued(tx, id, now.getTime());
  const withdrawn = { campaignId: id, status: "queued", send: { outcome: "cancelled" } };
  return then === "planned"
    ? tx.campaignRecipient.updateMany({
        where: withdrawn,
        data: { status: "planned", feeds: { increment: 1 }, sendId: null },
      })
    : tx.campaignRecipient.updateMany({
        where: withdrawn,
        data: { status: "cancelled", reason: "Cancelled before it was sent." },
      });
}

/** A paused campaign sends nothing more: what is queued is withdrawn; what left finishes. */
export async function pauseCampaign(id: string, actor: Actor, now = new Date()) {
  const withdrawn = await db.$transaction(async (tx) => {
    const changed = await tx.campaign.updateMany({
      where: { id, status: "running" },
      data: { status: "paused", pausedAt: now, feederOwner: null, feederUntil: null },
    });
    if (changed.count === 0) return null;
    return (await withdrawQueued(tx, id, now, "planned")).count;
  });
  if (withdrawn === null) await refuseState(id, "paused");
  await audit("campaign.paused", id, actor, { withdrawn });
  return { withdrawn: withdrawn ?? 0 };
}

export async function resumeCampaign(id: string, actor: Actor) {
  const changed = await db.campaign.updateMany({
    where: { id, status: "paused" },
    data: { status: "running", pausedAt: null },
  });
  if (changed.count === 0) await refuseState(id, "resumed");
  await audit("campaign.resumed", id, actor);
  return { id };
}

const CANCELLABLE: CampaignStatus[] = ["draft", "scheduled", "running", "paused"];

/** Cancel: nothing more is sent; every recipient not yet sent is "cancelled". */
export async function cancelCampaign(id: string, actor: Actor, now = new Date()) {
  const cancelled = await db.$transaction(async (tx) => {
    const changed = await tx.campaign.updateMany({
      where: { id, status: { in: CANCELLABLE } },
      data: { status: "cancelled", cancelledAt: now, feederOwner: null, feederUntil: null },
    });
    if (changed.count === 0) return null;
    const queued = await withdrawQueued(tx, id, now, "cancelled");
    const planned = await tx.campaignRecipient.updateMany({
      where: { campaignId: id, status: "planned" },
      data: { status: "cancelled", reason: "Cancelled before it was sent." },
    });
    return queued.count + planned.count;
  });
  if (cancelled === null) await refuseState(id, "cancelled");
  await audit("campaign.cancelled", id, actor, { cancelled });
  return { cancelled: cancelled ?? 0 };
}

export type RetrySkip = { code: string; title: string; action: string; count: number };
export type RetryReport = { requeued: number; skipped: RetrySkip[] };

const RETRYABLE_FROM: CampaignStatus[] = ["running", "paused", "completed"];

/** Whether a failed recipient's code says another try may succeed (the failure catalogue). */
function wordingOf(status: string, code: string | null) {
  if (status === "invalid") return describeRecipientStatus("invalid");
  return code ? describeSendErrorCode(code) : describeRecipientStatus("failed");
}

/**
 * Retry failed: only recipients whose code the failure catalogue calls retryable are planned
 * again (a new request each); the others stay, counted per code with why. Invalid numbers are
 * never retried. A completed campaign runs again for them.
 */
export async function retryFailedRecipients(id: string, actor: Actor): Promise<RetryReport> {
  const campaign = await db.campaign.findUnique({ where: { id }, select: { status: true } });
  if (!campaign) throw new NotFoundError("The campaign");
  if (!RETRYABLE_FROM.includes(campaign.status as CampaignStatus)) {
    await refuseState(id, "retried");
  }
  const groups = await db.campaignRecipient.groupBy({
    by: ["status", "errorCode"],
    where: { campaignId: id, status: { in: ["failed", "invalid"] } },
    _count: { _all: true },
  });
  const retry: (string | null)[] = [];
  const skipped: RetrySkip[] = [];
  for (const group of groups) {
    const wording = wordingOf(group.status, group.errorCode);
    if (group.status === "failed" && wording.retryable !== "no") retry.push(group.errorCode);
    else {
      skipped.push({
        code: group.errorCode ?? group.status,
        title: wording.title,
        action: wording.action,
        count: group._count._all,
      });
    }
  }
  const requeued = await db.$transaction(async (tx) => {
    let count = 0;
    for (const code of retry) {
      const changed = await tx.campaignRecipient.updateMany({
        where: { campaignId: id, status: "failed", errorCode: code },
        data: {
          status: "planned",
          feeds: { increment: 1 },
          sendId: null,
          errorCode: null,
          reason: null,
        },
      });
      count += changed.count;
    }
    if (count > 0) {
      await tx.campaign.updateMany({
        where: { id, status: "completed" },
        data: { status: "running", completedAt: null },
      });
    }
    return count;
  });
  await audit("campaign.retried", id, actor, { requeued, skipped });
  return { requeued, skipped };
}

/**
 * Unknown outcomes (the request left and no answer came) are sent again only when the operator
 * asks, having been warned that those customers may get the message twice. Each new request
 * names the one it repeats (resendOf), as a re-send from History does.
 */
export async function resendUnknownRecipients(id: string, actor: Actor) {
  const requeued = await db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id }, select: { status: true } });
    if (!campaign) throw new NotFoundError("The campaign");
    if (!RETRYABLE_FROM.includes(campaign.status as CampaignStatus)) return null;
    const changed = await tx.campaignRecipient.updateMany({
      where: { campaignId: id, status: "unknown" },
      data: { status: "planned", feeds: { increment: 1 }, errorCode: null, reason: null },
    });
    if (changed.count > 0) {
      await tx.campaign.updateMany({
        where: { id, status: "completed" },
        data: { status: "running", completedAt: null },
      });
    }
    return changed.count;
  });
  if (requeued === null) await refuseState(id, "sent again");
  await audit("campaign.resent_unknown", id, actor, { requeued });
  return { requeued: requeued ?? 0 };
}
