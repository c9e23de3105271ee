"use server";

import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import {
  cancelCampaign,
  pauseCampaign,
  resendUnknownRecipients,
  resumeCampaign,
  retryFailedRecipients,
} from "@/lib/campaigns/control-campaign";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { launchCampaign } from "@/lib/campaigns/launch-campaign";
import {
  createCampaignDraft,
  replaceCampaignRecipients,
  updateCampaignDraft,
} from "@/lib/campaigns/save-draft";
import {
  campaignActionSchema,
  campaignDraftSchema,
  launchCampaignSchema,
  replaceRecipientsSchema,
  resendUnknownSchema,
  updateCampaignDraftSchema,
} from "@/lib/campaigns/schema";

// Agents and admins build and launch campaigns; viewers read them (these refuse viewers). Only
// an admin's launch may carry an opt-out override (the service checks the role).

export const createCampaignDraftAction = defineAction({
  name: "campaigns.create-draft",
  input: campaignDraftSchema,
  roles: canSend,
  run: (input, actor) => createCampaignDraft(input, actor),
});

export const updateCampaignDraftAction = defineAction({
  name: "campaigns.update-draft",
  input: updateCampaignDraftSchema,
  roles: canSend,
  run: async (input) => {
    await getCampaign(input.id);
    return updateCampaignDraft(input);
  },
});

export const replaceCampaignRecipientsAction = defineAction({
  name: "campaigns.replace-recipients",
  input: replaceRecipientsSchema,
  roles: canSend,
  run: ({ id, recipients }) => replaceCampaignRecipients(id, recipients),
});

export const launchCampaignAction = defineAction({
  name: "campaigns.launch",
  input: launchCampaignSchema,
  roles: canSend,
  run: ({ id, ...options }, actor) => launchCampaign(id, options, actor),
});

export const pauseCampaignAction = defineAction({
  name: "campaigns.pause",
  input: campaignActionSchema,
  roles: canSend,
  run: ({ id }, actor) => pauseCampaign(id, actor),
});

export const resumeCampaignAction = defineAction({
  name: "campaigns.resume",
  input: campaignActionSchema,
  roles: canSend,
  run: ({ id }, actor) => resumeCampaign(id, actor),
});

export const cancelCampaignAction = defineAction({
  name: "campaigns.cancel",
  input: campaignActionSchema,
  roles: canSend,
  run: ({ id }, actor) => cancelCampaign(id, actor),
});

export const retryFailedAction = defineAction({
  name: "campaigns.retry-failed",
  input: campaignActionSchema,
  roles: canSend,
  run: ({ id }, actor) => retryFailedRecipients(id, actor),
});

export const resendUnknownAction = defineAction({
  name: "campaigns.resend-unknown",
  input: resendUnknownSchema,
  roles: canSend,
  run: ({ id }, actor) => resendUnknownRecipients(id, actor),
});
