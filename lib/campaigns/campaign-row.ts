// A Campaign row as services and pages read it: JSON columns parsed, times as ISO strings.
import type { Campaign } from "@/lib/generated/prisma/client";
import type { MessageDraftInput } from "@/lib/composer/draft-schema";
import { templateInputSchema, type TemplateInput } from "@/lib/templates/schema";
import { mappingSchema, type CampaignStatus, type Mapping } from "./schema";

export type CampaignView = {
  id: string;
  name: string;
  status: CampaignStatus;
  senderId: string;
  message: MessageDraftInput | null;
  templateName: string | null;
  summary: string | null;
  mapping: Mapping;
  wizardState: Record<string, unknown> | null;
  scheduledAt: string | null;
  recipientCount: number;
  optOutOverrideReason: string | null;
  createdBy: { id: string; name: string } | null;
  launchedBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  launchedAt: string | null;
  startedAt: string | null;
  pausedAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
};

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export type CampaignRowWithUsers = Campaign & {
  createdBy?: { id: string; name: string } | null;
  launchedBy?: { id: string; name: string } | null;
};

export function toCampaignView(row: CampaignRowWithUsers): CampaignView {
  const mapping = mappingSchema.safeParse(parseJson(row.mapping) ?? {});
  const wizardState = parseJson(row.wizardState);
  return {
    id: row.id,
    name: row.name,
    status: row.status as CampaignStatus,
    senderId: row.senderId,
    message: (parseJson(row.message) as MessageDraftInput | null) ?? null,
    templateName: row.templateName,
    summary: row.summary,
    mapping: mapping.success ? mapping.data : {},
    wizardState:
      wizardState && typeof wizardState === "object"
        ? (wizardState as Record<string, unknown>)
        : null,
    scheduledAt: iso(row.scheduledAt),
    recipientCount: row.recipientCount,
    optOutOverrideReason: row.optOutOverrideReason,
    createdBy: row.createdBy ?? null,
    launchedBy: row.launchedBy ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    launchedAt: iso(row.launchedAt),
    startedAt: iso(row.startedAt),
    pausedAt: iso(row.pausedAt),
    completedAt: iso(row.completedAt),
    cancelledAt: iso(row.cancelledAt),
  };
}

/** The template frozen at launch, or null (not a template, or not launched yet). */
export function frozenTemplateOf(row: Pick<Campaign, "template">): TemplateInput | null {
  const parsed = templateInputSchema.safeParse(parseJson(row.template));
  return parsed.success ? parsed.data : null;
}
