// The send vocabulary: the states a send and each of its recipients can be in, and the message
// kinds, as stored (Send.outcome, Send.kind and SendRecipient.status are strings checked here;
// prisma/schema.prisma's comments mirror this file). Safe for client and server.
//
// To add a state: add it to its list and its label below (the Record types make a missing label
// a type error); the overview's colours (components/overview/outcome-colors.ts) and, if the
// state is a failure or a wait, its words in lib/wording/failures.ts follow the same way. The
// kinds are the message-kind table's (lib/damcorp/whatsapp/message-kinds.ts).
import {
  MESSAGE_CALL_TYPES,
  isMessageCallType,
  messageCallLabels,
  type MessageCallType,
} from "@/lib/damcorp/whatsapp/message-kinds";

/**
 * The sender of sends made with the DAMCORP_TOKEN sender, which has no SenderNumber row: lists,
 * filters and the composer name it by this id.
 */
export const ENVIRONMENT_SENDER_ID = "env";

export const SEND_OUTCOMES = ["sent", "partial", "failed", "unknown", "pending"] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

export const RECIPIENT_STATUSES = [
  "sent",
  "invalid",
  "failed",
  "error",
  "unknown",
  "pending",
] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/** Send.kind: the Damcorp message call of the request (lib/damcorp's message-kind table). */
export const SEND_KINDS = MESSAGE_CALL_TYPES;
export type SendKind = MessageCallType;

export const outcomeLabels: Record<SendOutcome, string> = {
  sent: "Sent",
  partial: "Partly sent",
  failed: "Failed",
  unknown: "Unknown",
  pending: "Pending",
};

export const recipientStatusLabels: Record<RecipientStatus, string> = {
  sent: "Sent",
  invalid: "Invalid number",
  failed: "Not delivered",
  error: "Error",
  unknown: "Unknown",
  pending: "Pending",
};

export const kindLabels: Record<SendKind, string> = messageCallLabels;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export const isSendOutcome = (value: string): value is SendOutcome => isOneOf(SEND_OUTCOMES, value);
export const isRecipientStatus = (value: string): value is RecipientStatus =>
  isOneOf(RECIPIENT_STATUSES, value);
export const isSendKind = (value: string): value is SendKind => isMessageCallType(value);
