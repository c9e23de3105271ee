// The campaigns feature's words, in one place (to move into the i18n catalogue when it lands).
import type { CampaignStatus, RecipientStatus } from "@/lib/campaigns/statuses";
import type { SenderView } from "@/lib/senders/list-senders";

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  running: "Running",
  paused: "Paused",
  completed: "Completed",
  cancelled: "Cancelled",
};

export const recipientStatusLabels: Record<RecipientStatus, string> = {
  planned: "Not yet queued",
  queued: "Queued",
  dispatched: "Sending",
  sent: "Sent",
  invalid: "Invalid number",
  failed: "Not delivered",
  unknown: "Unknown",
  skipped: "Skipped",
  cancelled: "Cancelled",
};

/** The sender a campaign goes out from, as the sender list names it (it may have been removed since). */
export function senderName(
  senders: readonly SenderView[],
  id: string,
  removed = "A removed sender",
): string {
  const sender = senders.find((s) => s.id === id);
  if (!sender) return removed;
  return sender.number ? `${sender.label} (${sender.number})` : sender.label;
}
