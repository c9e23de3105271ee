// Looks failures up in the catalogue (lib/wording/failures.ts), so every screen words one the
// same. Safe for client and server.
import {
  DAMCORP_ERROR_CODES,
  HELPDESK_ERROR_MESSAGES,
  KABAR_STOP_WORDING,
  OUTCOME_WORDING,
  RECIPIENT_STATUS_ERRORS,
  TRANSPORT_ERRORS,
  unknownCodeWording,
  type FailureWording,
  type TransportErrorCode,
  type WordingEntry,
} from "./failures";

function withCode(code: string, entry: WordingEntry): FailureWording {
  return { code, ...entry };
}

function lookUp(table: Readonly<Record<string, WordingEntry>>, code: string) {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** A code Kabar does not know still shows the code (and Damcorp's message) to the operator. */
export function unknownDamcorpError(code: string, message?: string | null): FailureWording {
  return withCode(code, unknownCodeWording(code, message));
}

/**
 * Describes a Damcorp answer. Helpdesk `message` values (ticket_exists, …) win over the shared
 * code "400"; otherwise the code is looked up, and unknown codes get a generic entry.
 */
export function describeDamcorpError(code: string, message?: string | null): FailureWording {
  const helpdesk = message ? lookUp(HELPDESK_ERROR_MESSAGES, message) : undefined;
  if (message && helpdesk) return withCode(message, helpdesk);
  const entry = lookUp(DAMCORP_ERROR_CODES, code);
  return entry ? withCode(code, entry) : unknownDamcorpError(code, message);
}

export function describeRecipientStatus(status: "invalid" | "failed"): FailureWording {
  return withCode(status, RECIPIENT_STATUS_ERRORS[status]);
}

export function describeTransportError(code: TransportErrorCode): FailureWording {
  return withCode(code, TRANSPORT_ERRORS[code]);
}

/**
 * The meaning of a send's stored errorCode: a Damcorp code ("725"), a reason Kabar observed
 * itself ("timeout") or a stop Kabar made ("sender_unavailable").
 */
export function describeSendErrorCode(code: string): FailureWording {
  const own =
    lookUp(KABAR_STOP_WORDING, code) ?? (code === "unknown" ? OUTCOME_WORDING.unknown : undefined);
  if (own) return withCode(code, own);
  if (Object.hasOwn(TRANSPORT_ERRORS, code))
    return describeTransportError(code as TransportErrorCode);
  if (code === "rate_limited") return describeDamcorpError("429");
  if (code === "service_unavailable") return describeDamcorpError("503");
  if (code === "invalid" || code === "failed") return describeRecipientStatus(code);
  return describeDamcorpError(code);
}

/** The meaning of one recipient's result, or null when it was sent. */
export function describeRecipientResult(
  status: string,
  errorCode: string | null,
): FailureWording | null {
  if (status === "sent") return null;
  if (status === "invalid" || status === "failed") return describeRecipientStatus(status);
  if (status === "unknown")
    return errorCode
      ? describeSendErrorCode(errorCode)
      : withCode("unknown", OUTCOME_WORDING.unknown);
  if (status === "pending") return withCode("pending", OUTCOME_WORDING.pending);
  return errorCode ? describeSendErrorCode(errorCode) : describeDamcorpError("999");
}

/** A short label for an error code in lists and charts: "725 · Invalid template". */
export function errorCodeLabel(code: string): string {
  return `${code} · ${describeSendErrorCode(code).title}`;
}
