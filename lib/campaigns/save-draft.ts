import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/time-ordered-id";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { listSenders } from "@/lib/senders/list-senders";
import { toCampaignView, type CampaignView } from "./campaign-row";
import type { CampaignDraft, CampaignRecipientInput, UpdateCampaignDraft } from "./schema";

// The wizard's state lives in the database as a draft campaign: a reload or a closed tab loses
// nothing. Only a draft changes; once launched, the message and recipients are frozen.

async function refuseUnknownSender(senderId: string | undefined) {
  if (senderId === undefined) return;
  const senders = await listSenders();
  if (!senders.some((s) => s.id === senderId)) {
    throw new ExpectedError("invalid_input", "This sender number no longer exists.", {
      fieldErrors: { senderId: ["This sender number no longer exists. Pick another one."] },
    });
  }
}

function draftColumns(input: Partial<CampaignDraft>) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.senderId !== undefined ? { senderId: input.senderId } : {}),
    ...(input.message !== undefined ? { message: JSON.stringify(input.message) } : {}),
    ...(input.mapping !== undefined ? { mapping: JSON.stringify(input.mapping) } : {}),
    ...(input.wizardState !== undefined ? { wizardState: JSON.stringify(input.wizardState) } : {}),
  };
}

/** A new draft campaign, owned by whoever starts the wizard. */
export async function createCampaignDraft(
  input: CampaignDraft,
  actor: Actor,
): Promise<CampaignView> {
  await refuseUnknownSender(input.senderId);
  const row = await db.campaign.create({
    data: {
      id: newId(),
      status: "draft",
      createdById: actor.user.id,
      ...draftColumns(input),
      name: input.name,
    },
    include: { createdBy: { select: { id: true, name: true } } },
  });
  await recordAuditEvent({
    action: "campaign.created",
    actor: actor.user,
    ip: actor.ip,
    target: row.id,
    detail: { name: row.name },
  });
  return toCampaignView(row);
}

/** Changes a draft (any of its parts); a launched campaign is refused. */
export async function updateCampaignDraft(input: UpdateCampaignDraft): Promise<CampaignView> {
  const { id, ...rest } = input;
  await refuseUnknownSender(rest.senderId);
  const changed = await db.campaign.updateMany({
    where: { id, status: "draft" },
    data: draftColumns(rest),
  });
  if (changed.count === 0) await refuseNotDraft(id);
  const row = await db.campaign.findUniqueOrThrow({
    where: { id },
    include: { createdBy: { select: { id: true, name: true } } },
  });
  return toCampaignView(row);
}

async function refuseNotDraft(id: string): Promise<never> {
  const row = await db.campaign.findUnique({ where: { id }, select: { status: true } });
  if (!row) throw new NotFoundError("The campaign");
  throw new ExpectedError(
    "campaign_not_draft",
    "This campaign was launched: its message and recipients can no longer change.",
  );
}

/**
 * The draft's recipients, all replaced at once (all or none): the wizard plans them from its
 * audience with each one's values, and these are what the campaign sends, frozen.
 */
export async function replaceCampaignRecipients(
  id: string,
  recipients: readonly CampaignRecipientInput[],
): Promise<{ count: number }> {
  const seen = new Set<string>();
  for (const r of recipients) {
    if (seen.has(r.to)) {
      throw new ExpectedError(
        "invalid_input",
        `The number ${r.to} appears twice (row ${r.row}): merge duplicates before planning.`,
      );
    }
    seen.add(r.to);
  }
  const createdAt = new Date();
  await db.$transaction(async (tx) => {
    const changed = await tx.campaign.updateMany({
      where: { id, status: "draft" },
      data: { recipientCount: recipients.length },
    });
    if (changed.count === 0) await refuseNotDraft(id);
    await tx.campaignRecipient.deleteMany({ where: { campaignId: id } });
    const CHUNK = 1_000;
    for (let at = 0; at < recipients.length; at += CHUNK) {
      await tx.campaignRecipient.createMany({
        data: recipients.slice(at, at + CHUNK).map((r) => ({
          id: newId(),
          campaignId: id,
          row: r.row,
          to: r.to,
          name: r.name ?? null,
          values: JSON.stringify(r.values),
          contactId: r.contactId ?? null,
          status: "planned",
          createdAt,
        })),
      });
    }
  });
  return { count: recipients.length };
}
