// Plain words for the codes history shows: a send's errorCode may be a Damcorp code ("725"), a
// reason Kabar observed itself ("timeout") or a stop Kabar made ("sender_unavailable"); a
// recipient's result may be invalid / failed / error / unknown. The texts come from lib/damcorp/errors.ts so every screen words a failure the same.
import {
  TRANSPORT_ERRORS,
  describeDamcorpError,
  describeRecipientStatus,
  describeTransportError,
  type DamcorpErrorInfo,
  type TransportErrorCode,
} from "@/lib/damcorp/errors";

const unknownOutcome: DamcorpErrorInfo = {
  code: "unknown",
  title: "Outcome unknown",
  meaning:
    "Kabar did not get a clear answer from Damcorp. The message may or may not have been sent.",
  action: "Check the contact's chat before sending again, to avoid a duplicate.",
  retryable: "no",
};

const pendingOutcome: DamcorpErrorInfo = {
  code: "pending",
  title: "Waiting for Damcorp",
  meaning: "Kabar recorded this send and is waiting for Damcorp's answer.",
  action:
    "Wait a moment and refresh. If it stays pending, check the contact's chat before resending.",
  retryable: "no",
};

/** Codes the composer records for sends Kabar itself stopped (lib/sends). */
const kabarCodes: Record<string, DamcorpErrorInfo> = {
  unknown: unknownOutcome,
  media_unavailable: {
    code: "media_unavailable",
    title: "Media unavailable",
    meaning: "Kabar could not read the media file for this message, so nothing was sent.",
    action: "Choose the media again in the composer and send again.",
    retryable: "yes",
  },
  sender_unavailable: {
    code: "sender_unavailable",
    title: "Sender number unavailable",
    meaning:
      "The sender number could not be used (removed, or its token is missing). Nothing was sent.",
    action: "Choose another sender number, or ask a Kabar administrator to check this one.",
    retryable: "yes",
  },
  idempotency_conflict: {
    code: "idempotency_conflict",
    title: "Already sent with other content",
    meaning:
      "This compose had already been sent with different content, so Kabar refused to send it a second time.",
    action: "Start a new compose to send the changed message.",
    retryable: "no",
  },
};

function isTransportCode(code: string): code is TransportErrorCode {
  return Object.hasOwn(TRANSPORT_ERRORS, code);
}

/** The meaning of a send's errorCode. */
export function describeSendErrorCode(code: string): DamcorpErrorInfo {
  if (Object.hasOwn(kabarCodes, code)) return kabarCodes[code]!;
  if (isTransportCode(code)) return describeTransportError(code);
  if (code === "rate_limited") return describeDamcorpError("429");
  if (code === "service_unavailable") return describeDamcorpError("503");
  if (code === "invalid" || code === "failed") return describeRecipientStatus(code);
  return describeDamcorpError(code);
}

/** The meaning of one recipient's result, or null when it was sent. */
export function describeRecipientResult(
  status: string,
  errorCode: string | null,
): DamcorpErrorInfo | null {
  if (status === "sent") return null;
  if (status === "invalid" || status === "failed") return describeRecipientStatus(status);
  if (status === "unknown") return errorCode ? describeSendErrorCode(errorCode) : unknownOutcome;
  if (status === "pending") return pendingOutcome;
  return errorCode ? describeSendErrorCode(errorCode) : describeDamcorpError("999");
}

/** A short label for an error code in lists and charts: "725 · Invalid template". */
export function errorCodeLabel(code: string): string {
  return `${code} · ${describeSendErrorCode(code).title}`;
}
