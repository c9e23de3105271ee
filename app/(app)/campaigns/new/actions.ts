"use server";

// The wizard's own steps (the draft's create/update/launch actions are the campaigns feature's,
// app/(app)/campaigns/actions.ts). Agents and admins build campaigns; viewers are refused.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { audienceSourcesSchema } from "@/lib/campaigns/audience/types";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { launchCampaign } from "@/lib/campaigns/launch-campaign";
import { replaceCampaignRecipients, updateCampaignDraft } from "@/lib/campaigns/save-draft";
import {
  campaignIdSchema,
  campaignMessageSchema,
  launchCampaignSchema,
  mappingSchema,
} from "@/lib/campaigns/schema";
import { loadCampaignReview } from "@/lib/campaigns/review/load-review";
import { readWizardState, WIZARD_STEPS } from "@/lib/campaigns/review/wizard-state";
import {
  previewCampaignRow,
  reviewDraft,
  saveAudienceSources,
  saveMappingAndPlan,
  saveWizardStep,
} from "@/lib/campaigns/review/wizard-steps";
import { rehearseCampaign } from "@/lib/campaigns/rehearsal/run-rehearsal";
import { ExpectedError } from "@/lib/errors/expected-error";

export const saveCampaignMessage = defineAction({
  name: "campaigns.wizard.message",
  input: z.object({ id: campaignIdSchema, message: campaignMessageSchema }),
  roles: canSend,
  run: async ({ id, message }) => {
    const campaign = await getCampaign(id);
    const state = readWizardState(campaign.wizardState);
    await updateCampaignDraft({ id, message, wizardState: { ...state, step: "audience" } });
    return { ok: true };
  },
});

export const saveCampaignAudience = defineAction({
  name: "campaigns.wizard.audience",
  input: z.object({ id: campaignIdSchema, sources: audienceSourcesSchema }),
  roles: canSend,
  run: async ({ id, sources }) => {
    await getCampaign(id);
    return saveAudienceSources(id, sources);
  },
});

export const saveCampaignMapping = defineAction({
  name: "campaigns.wizard.mapping",
  input: z.object({ id: campaignIdSchema, mapping: mappingSchema }),
  roles: canSend,
  run: ({ id, mapping }) => saveMappingAndPlan(id, mapping),
});

export const goToWizardStep = defineAction({
  name: "campaigns.wizard.step",
  input: z.object({ id: campaignIdSchema, step: z.enum(WIZARD_STEPS) }),
  roles: canSend,
  run: async ({ id, step }) => {
    const campaign = await getCampaign(id);
    await saveWizardStep(id, step, campaign.wizardState);
    return { step };
  },
});

export const reviewCampaignDraft = defineAction({
  name: "campaigns.wizard.review",
  input: z.object({ id: campaignIdSchema }),
  roles: canSend,
  run: ({ id }) => reviewDraft(id),
});

export const previewCampaignRowAction = defineAction({
  name: "campaigns.wizard.preview-row",
  input: z.object({
    id: campaignIdSchema,
    row: z.coerce
      .number({ message: "Enter a row number" })
      .int("Enter a whole row number")
      .min(1, "Rows start at 1"),
  }),
  roles: canSend,
  run: ({ id, row }) => previewCampaignRow(id, row),
});

/**
 * Launches (now or at a time) what the review showed: the recipients are planned again from the
 * saved audience and mapping, so what is frozen is exactly what was reviewed. Refused while rows
 * miss a value no rule covers.
 */
export const launchReviewedCampaign = defineAction({
  name: "campaigns.wizard.launch",
  input: launchCampaignSchema,
  roles: canSend,
  run: async ({ id, ...options }, actor) => {
    const review = await loadCampaignReview(id);
    if (review.figures.missingValue > 0) {
      throw new ExpectedError(
        "invalid_input",
        `${review.figures.missingValue} rows have no value for a placeholder. Go back to the variables and choose a fallback or “skip the row if empty”.`,
      );
    }
    if (review.recipients.length === 0)
      throw new ExpectedError("invalid_input", "No recipient is left to send to.");
    await replaceCampaignRecipients(id, review.recipients);
    return launchCampaign(id, options, actor);
  },
});

/** Runs the campaign's first recipients against a sandbox started for it; nothing real is sent. */
export const rehearseCampaignAction = defineAction({
  name: "campaigns.wizard.rehearse",
  input: z.object({ id: campaignIdSchema }),
  roles: canSend,
  run: async ({ id }) => {
    await getCampaign(id);
    return rehearseCampaign(id);
  },
});
