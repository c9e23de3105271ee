import "server-only";
// A draft campaign's review on the server: its audience rebuilt from the sources the wizard kept
// (kept for a short while per draft, so paging rows and previewing them does not read the file
// each time), its template, the sender's rate.
import type { Audience } from "@/lib/campaigns/audience/types";
import { loadAudience } from "@/lib/campaigns/audience/load-audience";
import type { CampaignView } from "@/lib/campaigns/campaign-row";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { db } from "@/lib/db/client";
import type { SendRate } from "@/lib/delivery/pace";
import { defaultSendRate } from "@/lib/delivery/engine";
import { ExpectedError } from "@/lib/errors/expected-error";
import type { MessageDraftInput } from "@/lib/composer/draft-schema";
import { getTemplateOrThrow } from "@/lib/templates/get-template";
import type { TemplateInput } from "@/lib/templates/schema";
import { reviewAudience, type CampaignReview } from "./review-audience";
import { readWizardState } from "./wizard-state";

const KEEP_MS = 5 * 60_000;
const KEPT_MAX = 20;
const kept = new Map<string, { key: string; at: number; audience: Promise<Audience> }>();

async function audienceOf(campaign: CampaignView): Promise<Audience> {
  const { sources } = readWizardState(campaign.wizardState);
  if (sources.length === 0)
    throw new ExpectedError("invalid_input", "Choose who receives the campaign first.");
  const key = JSON.stringify(sources);
  const hit = kept.get(campaign.id);
  if (hit && hit.key === key && Date.now() - hit.at < KEEP_MS) return hit.audience;
  const audience = loadAudience(sources).then((built) => {
    if (!built.ok)
      throw new ExpectedError("invalid_input", built.problems.map((p) => p.message).join(" "));
    return built.audience;
  });
  if (kept.size >= KEPT_MAX) kept.delete(kept.keys().next().value!);
  kept.set(campaign.id, { key, at: Date.now(), audience });
  audience.catch(() => kept.delete(campaign.id));
  return audience;
}

async function templateOf(message: MessageDraftInput): Promise<TemplateInput | null> {
  if (message.kind !== "template" || !message.templateId) return null;
  return getTemplateOrThrow(message.templateId);
}

/** The sender's pace as the engine keeps it, or the default rate before its first send. */
async function rateOf(senderId: string): Promise<SendRate> {
  const pace = await db.senderPace.findUnique({ where: { senderKey: senderId } });
  return pace ? { limit: pace.rateLimit, periodMs: pace.ratePeriodMs } : defaultSendRate;
}

export type LoadedReview = CampaignReview & {
  campaign: CampaignView;
  audience: Audience;
  message: MessageDraftInput;
  template: TemplateInput | null;
};

export async function loadCampaignReview(id: string, now = new Date()): Promise<LoadedReview> {
  const campaign = await getCampaign(id);
  if (!campaign.message)
    throw new ExpectedError("invalid_input", "Write the campaign's message first.");
  const message = campaign.message;
  const [audience, template, rate] = await Promise.all([
    audienceOf(campaign),
    templateOf(message),
    rateOf(campaign.senderId),
  ]);
  const review = reviewAudience({
    audience,
    message,
    template,
    mapping: campaign.mapping,
    rate,
    now,
  });
  return { ...review, campaign, audience, message, template };
}
