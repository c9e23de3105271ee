// A campaign recipient's state from its request's (lib/vocabulary/sends.ts): queued and
// dispatched as they are; a final outcome by the recipient's own status (a template send can be
// "000 success" with that recipient invalid), with the code and Damcorp's reason.
import type { RecipientStatus } from "./schema";

type SendState = {
  outcome: string;
  errorCode: string | null;
  errorMessage: string | null;
  recipients: { status: string; errorCode: string | null }[];
};

const FINAL: Readonly<Record<string, RecipientStatus>> = {
  sent: "sent",
  invalid: "invalid",
  failed: "failed",
  error: "failed",
  unknown: "unknown",
  skipped: "skipped",
  cancelled: "cancelled",
};

export function recipientStatusOf(send: SendState): {
  status: RecipientStatus;
  errorCode: string | null;
  reason: string | null;
} {
  if (send.outcome === "queued" || send.outcome === "dispatched") {
    return { status: send.outcome, errorCode: null, reason: null };
  }
  const recipient = send.recipients[0];
  const byRecipient = recipient && recipient.status !== "pending" ? FINAL[recipient.status] : null;
  const status: RecipientStatus =
    byRecipient ?? FINAL[send.outcome] ?? (send.outcome === "partial" ? "failed" : "unknown");
  if (status === "sent") return { status, errorCode: null, reason: null };
  return {
    status,
    errorCode: recipient?.errorCode ?? send.errorCode ?? (status === "invalid" ? "invalid" : null),
    reason: send.errorMessage,
  };
}
