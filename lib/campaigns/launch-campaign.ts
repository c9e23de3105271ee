import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { listSenders } from "@/lib/senders/list-senders";
import { getTemplateOrThrow } from "@/lib/templates/get-template";
import { templateInputSchema, type TemplateInput } from "@/lib/templates/schema";
import { toCampaignView, type CampaignView } from "./campaign-row";
import { recipientRequest } from "./personalise";
import { campaignMessageSchema } from "./schema";

/** The saved template as it is now, without its row's own columns: frozen into the campaign. */
function snapshotOf(template: TemplateInput): TemplateInput {
  // The fields come from the schema, so a field added to templates is frozen too.
  const fields = templateInputSchema.keyof().options;
  return Object.fromEntries(fields.map((field) => [field, template[field]])) as TemplateInput;
}

function summaryOf(message: Record<string, unknown>, template: TemplateInput | null): string {
  const text = template
    ? `${template.name}: ${template.body}`
    : typeof message.body === "string"
      ? message.body
      : String(message.kind);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/**
 * Launches a draft now or at `scheduledAt`: its message and template are frozen (the recipients'
 * values were frozen when planned), checked once with its first recipient's values, and the
 * campaign becomes running (the feeder hands it to the delivery engine: lib/campaigns/feed.ts)
 * or scheduled. Opted-out recipients are skipped unless an admin gives a reason (audited).
 */
export async function launchCampaign(
  id: string,
  options: { scheduledAt?: string | null; optOutOverrideReason?: string },
  actor: Actor,
  now: Date = new Date(),
): Promise<CampaignView> {
  const row = await db.campaign.findUnique({ where: { id } });
  if (!row) throw new NotFoundError("The campaign");
  if (row.status !== "draft") {
    throw new ExpectedError("campaign_not_draft", "This campaign was launched already.");
  }
  const message = campaignMessageSchema.safeParse(row.message ? JSON.parse(row.message) : null);
  if (!message.success) {
    throw new ExpectedError("invalid_input", "Write the campaign's message before launching it.");
  }
  if (!(await listSenders()).some((s) => s.id === row.senderId)) {
    throw new ExpectedError("invalid_input", "This sender number no longer exists.", {
      fieldErrors: { senderId: ["This sender number no longer exists. Pick another one."] },
    });
  }
  const first = await db.campaignRecipient.findFirst({
    where: { campaignId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (!first) throw new ExpectedError("campaign_empty", "This campaign has no recipients yet.");

  const templateId =
    message.data.kind === "template" && typeof message.data.templateId === "string"
      ? message.data.templateId
      : null;
  const template = templateId ? snapshotOf(await getTemplateOrThrow(templateId)) : null;
  const built = recipientRequest(
    message.data as Parameters<typeof recipientRequest>[0],
    { to: first.to, values: JSON.parse(first.values) as Record<string, string> },
    template,
    now,
  );
  if (!built.ok) {
    throw new ExpectedError(
      "invalid_request",
      `Damcorp would refuse row ${first.row}'s message: ${built.problems.join("; ")}`,
    );
  }

  const reason = options.optOutOverrideReason?.trim() || null;
  if (reason && actor.user.role !== "admin") {
    throw new ExpectedError("forbidden", "Only an admin may send to customers who opted out.");
  }
  const scheduledAt = options.scheduledAt ? new Date(options.scheduledAt) : null;
  const later = scheduledAt !== null && scheduledAt.getTime() > now.getTime();
  const changed = await db.campaign.updateMany({
    where: { id, status: "draft" },
    data: {
      status: later ? "scheduled" : "running",
      scheduledAt: later ? scheduledAt : null,
      template: template ? JSON.stringify(template) : null,
      templateName: template?.name ?? null,
      summary: summaryOf(message.data, template),
      optOutOverrideReason: reason,
      launchedById: actor.user.id,
      launchedAt: now,
      startedAt: later ? null : now,
    },
  });
  if (changed.count === 0) {
    throw new ExpectedError("campaign_not_draft", "This campaign was launched already.");
  }
  await recordAuditEvent({
    action: later ? "campaign.scheduled" : "campaign.launched",
    actor: actor.user,
    ip: actor.ip,
    target: id,
    detail: {
      name: row.name,
      recipients: row.recipientCount,
      ...(later ? { scheduledAt: scheduledAt.toISOString() } : {}),
    },
  });
  if (reason) {
    await recordAuditEvent({
      action: "campaign.opt_out_overridden",
      actor: actor.user,
      ip: actor.ip,
      target: id,
      detail: { reason },
    });
  }
  const launched = await db.campaign.findUniqueOrThrow({
    where: { id },
    include: {
      createdBy: { select: { id: true, name: true } },
      launchedBy: { select: { id: true, name: true } },
    },
  });
  return toCampaignView(launched);
}
