// What the composer (and history) show about a compose while the delivery engine works on it and
// after: each request's state — queued, waiting (for the rate limit or an outage, until when),
// sending, or its outcome — and each recipient's, in plain words. Pure and safe for the browser;
// lib/sends/get-compose-state.ts reads it from the database.
import type { RecipientStatus, SendOutcome } from "@/lib/vocabulary/sends";
import { describeRecipientStatus, describeSendErrorCode } from "@/lib/wording/describe-failure";
import { UNKNOWN_OUTCOME_ADVICE } from "@/lib/wording/failures";
import { formatClockTime } from "@/lib/time/format";

export type { RecipientStatus, SendOutcome };
export { UNKNOWN_OUTCOME_ADVICE };

/**
 * Why a queued request is not leaving yet: Damcorp asked to wait (rate_limited), Damcorp is down
 * (service_unavailable, connection_refused), or no delivery worker is running at all.
 */
export type WaitingReason =
  "rate_limited" | "service_unavailable" | "connection_refused" | "no_worker";

export type Waiting = { reason: WaitingReason; until: string | null };

/** A recipient as the composer shows it: the stored status, or its request's state meanwhile. */
export type RecipientState = RecipientStatus | "queued" | "waiting" | "sending";

export type RecipientView = {
  /** "+6281234567890" */
  number: string;
  status: RecipientState;
  msgId: string | null;
  errorCode: string | null;
  /** Damcorp's own words for this recipient (its `error_msg`), when it gave any. */
  damcorpMessage: string | null;
  /** What happened (or is happening), in plain words; null when sent. */
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
  /** The fields a 721 named as refused (Damcorp's paths in the request body: "header.data.name"). */
  refusedFields: string[];
  /** Queued and not leaving yet: why, and until when. */
  waiting: Waiting | null;
  /** Dispatched: when the current attempt left. */
  dispatchedAt: string | null;
  recipients: RecipientView[];
};

export type ComposeState = {
  composeId: string;
  /** True when this submission found an earlier one with the same key and sent nothing. */
  duplicate: boolean;
  /** Every request has an outcome (none queued or in flight). */
  done: boolean;
  /** Requests that have not left and can still be cancelled. */
  queued: number;
  sends: SendView[];
};

/** Whether a request has reached its outcome. */
export function isFinal(outcome: SendOutcome): boolean {
  return outcome !== "queued" && outcome !== "dispatched";
}

/** "waiting for Damcorp's rate limit until 14:05:09" (the time in `timeZone`). */
export function describeWaiting(waiting: Waiting, timeZone?: string): string {
  const until = waiting.until ? ` until ${formatClockTime(waiting.until, timeZone)}` : "";
  switch (waiting.reason) {
    case "rate_limited":
      return `waiting for Damcorp's rate limit${until}`;
    case "service_unavailable":
      return `Damcorp is unavailable; trying again${waiting.until ? ` at ${formatClockTime(waiting.until, timeZone)}` : ""}`;
    case "connection_refused":
      return `Damcorp cannot be reached; trying again${waiting.until ? ` at ${formatClockTime(waiting.until, timeZone)}` : ""}`;
    case "no_worker":
      return "no delivery worker is running; it is sent when one starts";
  }
}

/** The state a recipient of a request that has no outcome yet is shown in. */
export function pendingState(send: Pick<SendView, "outcome" | "waiting">): RecipientState {
  if (send.outcome === "dispatched") return "sending";
  return send.waiting ? "waiting" : "queued";
}

export function recipientReason(
  recipient: { status: RecipientState; errorCode: string | null },
  send: Pick<SendView, "errorMessage" | "waiting">,
  timeZone?: string,
): string | null {
  switch (recipient.status) {
    case "sent":
      return null;
    case "queued":
      return "Queued: Kabar sends it in turn, at the sender's pace.";
    case "waiting":
      return send.waiting ? `Not sent yet: ${describeWaiting(send.waiting, timeZone)}.` : null;
    case "sending":
    case "pending":
      return "Sent to Damcorp; waiting for its answer.";
    case "unknown":
      return send.errorMessage ?? UNKNOWN_OUTCOME_ADVICE;
    case "invalid":
      return describeRecipientStatus("invalid").meaning;
    case "failed":
      // Words for the whole request (an expired media ID) say more than the code's.
      if (send.errorMessage) return send.errorMessage;
      return recipient.errorCode
        ? describeSendErrorCode(recipient.errorCode).meaning
        : describeRecipientStatus("failed").meaning;
    case "cancelled":
      return describeSendErrorCode("cancelled").meaning;
    default:
      return (
        send.errorMessage ??
        (recipient.errorCode ? describeSendErrorCode(recipient.errorCode).meaning : null)
      );
  }
}
