// A campaign's and a recipient's states, in their own module: the live campaign page reads them
// in the browser without pulling zod and the message-kind table in with lib/campaigns/schema.ts.
export const campaignStatuses = [
  "draft",
  "scheduled",
  "running",
  "paused",
  "completed",
  "cancelled",
] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/**
 * A recipient's state, mirroring the delivery engine's: planned (not yet handed to the engine)
 * → queued → dispatched → sent | invalid | failed | unknown; skipped (opted out, with the
 * reason) and cancelled never reach Damcorp.
 */
export const recipientStatuses = [
  "planned",
  "queued",
  "dispatched",
  "sent",
  "invalid",
  "failed",
  "unknown",
  "skipped",
  "cancelled",
] as const;
export type RecipientStatus = (typeof recipientStatuses)[number];
