// Transition shim: the failure wording lives in the one catalogue, lib/wording (import from
// "@/lib/wording/failures" and "@/lib/wording/describe-failure"). This file goes away.
export {
  DAMCORP_ERROR_CODES,
  HELPDESK_ERROR_MESSAGES,
  RECIPIENT_STATUS_ERRORS,
  TRANSPORT_ERRORS,
  type FailureWording as DamcorpErrorInfo,
  type Retryable,
  type TransportErrorCode,
} from "@/lib/wording/failures";
export {
  describeDamcorpError,
  describeRecipientStatus,
  describeTransportError,
  unknownDamcorpError,
} from "@/lib/wording/describe-failure";
