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
  // A failed recipient with a code Damcorp documents (470: the 24-hour window) is worded by it,
  // as the composer words it; anything else is the plain "not delivered".
  if (status === "failed" && errorCode && Object.hasOwn(DAMCORP_ERROR_CODES, errorCode))
    return describeDamcorpError(errorCode);
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

/** Damcorp's field paths as the composer labels them (the last part of the path decides). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  to: "recipient number",
  message: "message text",
  caption: "caption",
  filename: "file name",
  footer: "footer",
  name: "name",
  address: "address",
  latitude: "latitude",
  longitude: "longitude",
  phone: "phone",
};

/** The fields a 721 names in `data` (`["header.data.name", "header.data.address"]`), or none. */
export function refusedFieldsOf(code: string, data: unknown): string[] {
  if (code !== "721" || !Array.isArray(data)) return [];
  return data.filter((item): item is string => typeof item === "string" && item.length <= 200);
}

/**
 * A 721 that names the refused fields says which, in its meaning, so the operator sees them
 * wherever the failure is shown (the composer's outcome, history). Other answers are unchanged.
 */
export function withRefusedFields(error: FailureWording, data: unknown): FailureWording {
  const fields = refusedFieldsOf(error.code, data).slice(0, 10);
  if (fields.length === 0) return error;
  const named = fields.map((path) => {
    const label = FIELD_LABELS[path.split(".").at(-1) ?? ""];
    return label ? `${label} (${path})` : path;
  });
  return { ...error, meaning: `${error.meaning} Damcorp refused: ${named.join(", ")}.` };
}
