// What the engine does with Damcorp's answer to one attempt. Pure (unit-tested on its own):
// - sent, invalid, failed (per recipient), refused (a Damcorp code) → final, with plain words;
// - timeouts, dropped connections, HTTP 500 and answers nobody can read → final "unknown", never
//   sent again by the engine itself (the operator may, after a warning);
// - 429 → back to the queue until Damcorp's Retry-After has passed, however long (never failed
//   for being rate limited), and the sender's pace slows;
// - 503, refused or timed-out connections → back to the queue after a growing pause.
import type { SendResult } from "@/lib/damcorp";
import { describeSendErrorCode } from "@/lib/wording/describe-failure";
import { UNKNOWN_OUTCOME_ADVICE } from "@/lib/wording/failures";
import type { RecipientStatus, SendOutcome } from "@/lib/vocabulary/sends";
import { matchRecipients, type RecipientUpdate } from "./match-recipients";
import { storedJson } from "./stored-body";

/** Why a queued row waits (Send.waitReason, SenderPace.pauseReason): lib/sends/compose-state.ts words it. */
export type WaitReason = "rate_limited" | "service_unavailable" | "connection_refused";

export type Backoff = { baseMs: number; maxMs: number; random: () => number };

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1000, maxMs: 5 * 60_000, random: Math.random };

export type Final = {
  kind: "final";
  send: {
    outcome: SendOutcome;
    responseCode: string | null;
    errorCode: string | null;
    errorMessage: string | null;
    httpStatus: number | null;
    responseBody: string | null;
  };
  recipients: RecipientUpdate[];
};

export type Wait = {
  kind: "wait";
  reason: WaitReason;
  /** When the row (and its sender) may try again, ms since the epoch. */
  until: number;
  /** A 429 also slows the sender's pace. */
  slowDown: boolean;
  httpStatus: number | null;
  responseBody: string | null;
};

function outcomeOf(updates: RecipientUpdate[]): SendOutcome {
  const sent = updates.filter((u) => u.status === "sent").length;
  if (sent === updates.length) return "sent";
  if (sent > 0) return "partial";
  return updates.some((u) => u.status === "unknown") ? "unknown" : "failed";
}

function responseCodeOf(raw: unknown): string | null {
  if (raw !== null && typeof raw === "object" && "responseCode" in raw) {
    const code = raw.responseCode;
    if (typeof code === "string" || typeof code === "number") return String(code);
  }
  return null;
}

const words = (error: { meaning: string; action: string }) => `${error.meaning} ${error.action}`;

const every = (rows: { id: string }[], status: RecipientStatus, errorCode: string | null) =>
  rows.map((r) => ({ id: r.id, status, msgId: null, errorCode, damcorpMessage: null }));

/** Exponential pause with jitter (50–100 %) for the attempt that just failed (1-based). */
export function backoffMs(attempt: number, backoff: Backoff): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + 0.5 * Math.min(1, Math.max(0, backoff.random()))));
}

/** The engine's decision for one answered (or unanswered) attempt. */
export function decide(
  result: SendResult,
  context: {
    /** The recipients as recorded (digits). */
    rows: { id: string; to: string }[];
    /** The number of the attempt that just ended (1-based). */
    attempt: number;
    now: number;
    backoff?: Backoff;
  },
): Final | Wait {
  const { rows, attempt, now } = context;
  const backoff = context.backoff ?? DEFAULT_BACKOFF;
  const httpStatus =
    result.outcome === "accepted" ? result.httpStatus : (result.httpStatus ?? null);
  const responseBody = result.raw === undefined ? null : storedJson(result.raw);
  const answer = { httpStatus, responseBody };

  switch (result.outcome) {
    case "accepted": {
      const recipients = matchRecipients(rows, result.recipients);
      return {
        kind: "final",
        send: {
          outcome: outcomeOf(recipients),
          responseCode: "000",
          errorCode: null,
          errorMessage: null,
          ...answer,
        },
        recipients,
      };
    }
    case "rejected":
      return {
        kind: "final",
        send: {
          outcome: "failed",
          responseCode: result.code,
          errorCode: result.code,
          errorMessage: words(result.error),
          ...answer,
        },
        recipients: every(rows, "error", result.code),
      };
    case "unknown":
      return {
        kind: "final",
        send: {
          outcome: "unknown",
          responseCode: responseCodeOf(result.raw),
          errorCode: result.reason,
          errorMessage: `${result.error.title}. ${UNKNOWN_OUTCOME_ADVICE}`,
          ...answer,
        },
        recipients: every(rows, "unknown", null),
      };
    case "not_sent":
      switch (result.reason) {
        case "rate_limited":
          return {
            kind: "wait",
            reason: "rate_limited",
            until: now + (result.retryAfterMs ?? backoffMs(attempt, backoff)),
            slowDown: true,
            ...answer,
          };
        case "service_unavailable":
          return {
            kind: "wait",
            reason: "service_unavailable",
            until: now + (result.retryAfterMs ?? backoffMs(attempt, backoff)),
            slowDown: false,
            ...answer,
          };
        case "connection_refused":
        case "connect_timeout":
          return {
            kind: "wait",
            reason: "connection_refused",
            until: now + backoffMs(attempt, backoff),
            slowDown: false,
            ...answer,
          };
        default:
          return {
            kind: "final",
            send: {
              outcome: "failed",
              responseCode: responseCodeOf(result.raw),
              errorCode: result.error.code,
              errorMessage:
                result.reason === "invalid_request"
                  ? `${words(result.error)} (${result.detail})`
                  : words(result.error),
              ...answer,
            },
            recipients: every(rows, "error", result.error.code),
          };
      }
  }
}

/** A row the engine could not even prepare (media, sender): failed, nothing was sent. */
export function notSent(
  rows: { id: string }[],
  code: "media_unavailable" | "sender_unavailable",
  reason: string,
): Final {
  return {
    kind: "final",
    send: {
      outcome: "failed",
      responseCode: null,
      errorCode: code,
      errorMessage: `${reason} Nothing was sent.`,
      httpStatus: null,
      responseBody: null,
    },
    recipients: every(rows, "error", code),
  };
}

/** The engine failed itself after the request may have left: nobody knows. */
export function failedWhileSending(rows: { id: string }[]): Final {
  return {
    kind: "final",
    send: {
      outcome: "unknown",
      responseCode: null,
      errorCode: "unknown",
      errorMessage: `Kabar failed while sending. ${UNKNOWN_OUTCOME_ADVICE}`,
      httpStatus: null,
      responseBody: null,
    },
    recipients: every(rows, "unknown", null),
  };
}

/** The words recovery records on a request whose worker died before Damcorp answered. */
export const ABANDONED_MESSAGE = (() => {
  const { meaning, action } = describeSendErrorCode("abandoned");
  return `${meaning} ${action}`;
})();
