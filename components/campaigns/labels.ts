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

export function durationWords(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The sender a campaign goes out from, as the sender list names it (it may have been removed since). */
export function senderName(senders: readonly SenderView[], id: string): string {
  const sender = senders.find((s) => s.id === id);
  if (!sender) return "A removed sender";
  return sender.number ? `${sender.label} (${sender.number})` : sender.label;
}
