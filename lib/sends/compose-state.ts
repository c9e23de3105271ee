// What the composer shows about a submitted compose: each request (Send) and each recipient's
// outcome in plain words. Pure and safe for the browser; lib/sends/get-compose-state.ts reads it.
import type { RecipientStatus, SendOutcome } from "@/lib/vocabulary/sends";
import { describeRecipientStatus, describeSendErrorCode } from "@/lib/wording/describe-failure";

// The stored vocabularies (Send.outcome, SendRecipient.status) are defined once, in lib/vocabulary.
export type { RecipientStatus, SendOutcome };

export type RecipientView = {
  /** "+6281234567890" */
  number: string;
  status: RecipientStatus;
  msgId: string | null;
  errorCode: string | null;
  /** What happened, in plain words (null when sent). */
  reason: string | null;
};

export type SendView = {
  id: string;
  kind: string;
  path: string;
  outcome: SendOutcome;
  attempts: number;
  errorCode: string | null;
  /** Whole-send failure or uncertainty in plain words. */
  errorMessage: string | null;
  /** While pending after a retry: why Kabar is waiting ("Damcorp's rate limit"). */
  waitingFor: string | null;
  recipients: RecipientView[];
};

export type ComposeState = {
  composeId: string;
  /** True when this submission found an earlier one with the same key and sent nothing. */
  duplicate: boolean;
  /** Every request has an outcome (none pending). */
  done: boolean;
  sends: SendView[];
};

export const UNKNOWN_OUTCOME_ADVICE =
  "Damcorp may or may not have sent this; check with the customer before resending.";

/** Codes recorded while a send waits to retry (lib/sends/deliver-send.ts). */
export const waitingReasons: Record<string, string> = {
  "429": "waiting for Damcorp's rate limit",
  "503": "Damcorp is briefly unavailable, trying again",
  connection_refused: "Damcorp could not be reached, trying again",
};

export function recipientReason(
  recipient: { status: string; errorCode: string | null },
  send: { errorMessage: string | null },
): string | null {
  switch (recipient.status) {
    case "sent":
      return null;
    case "pending":
      return "Waiting for Damcorp's answer.";
    case "unknown":
      return send.errorMessage ?? UNKNOWN_OUTCOME_ADVICE;
    case "invalid":
      return describeRecipientStatus("invalid").meaning;
    case "failed":
      return recipient.errorCode
        ? describeSendErrorCode(recipient.errorCode).meaning
        : describeRecipientStatus("failed").meaning;
    default:
      return (
        send.errorMessage ??
        (recipient.errorCode ? describeSendErrorCode(recipient.errorCode).meaning : null)
      );
  }
}
