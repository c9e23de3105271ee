"use server";

import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { launchCampaign } from "@/lib/campaigns/launch-campaign";
import {
  createCampaignDraft,
  replaceCampaignRecipients,
  updateCampaignDraft,
} from "@/lib/campaigns/save-draft";
import {
  campaignDraftSchema,
  launchCampaignSchema,
  replaceRecipientsSchema,
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
