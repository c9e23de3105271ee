// The vocabularies of send history (safe for client and server). They mirror the comments of
// prisma/schema.prisma: Send.outcome, Send.kind and SendRecipient.status are strings checked here.

export const SEND_OUTCOMES = ["sent", "partial", "failed", "unknown", "pending"] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

export const SEND_KINDS = [
  "text",
  "hsm",
  "interactive",
  "image",
  "document",
  "audio",
  "video",
  "sticker",
  "location",
  "contact",
] as const;
export type SendKind = (typeof SEND_KINDS)[number];

export const RECIPIENT_STATUSES = [
  "sent",
  "invalid",
  "failed",
  "error",
  "unknown",
  "pending",
] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

export const outcomeLabels: Record<SendOutcome, string> = {
  sent: "Sent",
  partial: "Partly sent",
  failed: "Failed",
  unknown: "Unknown",
  pending: "Pending",
};

export const kindLabels: Record<SendKind, string> = {
  text: "Text",
  hsm: "Template",
  interactive: "Interactive",
  image: "Image",
  document: "Document",
  audio: "Audio",
  video: "Video",
  sticker: "Sticker",
  location: "Location",
  contact: "Contact",
};

export const recipientStatusLabels: Record<RecipientStatus, string> = {
  sent: "Sent",
  invalid: "Invalid number",
  failed: "Not delivered",
  error: "Error",
  unknown: "Unknown",
  pending: "Pending",
};

/** Sends made with the DAMCORP_TOKEN sender have no SenderNumber row; the filter names them so. */
export const ENVIRONMENT_SENDER_FILTER = "env";

/** Rows per history page. */
export const HISTORY_PAGE_SIZE = 50;

export function isSendOutcome(value: string): value is SendOutcome {
  return (SEND_OUTCOMES as readonly string[]).includes(value);
}

export function isSendKind(value: string): value is SendKind {
  return (SEND_KINDS as readonly string[]).includes(value);
}

export function isRecipientStatus(value: string): value is RecipientStatus {
  return (RECIPIENT_STATUSES as readonly string[]).includes(value);
}
