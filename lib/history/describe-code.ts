// Transition shim: the failure wording lives in lib/wording/describe-failure.ts. Goes away.
export {
  describeRecipientResult,
  describeSendErrorCode,
  errorCodeLabel,
} from "@/lib/wording/describe-failure";
