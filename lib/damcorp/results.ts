// The result of every Damcorp call. The four outcomes keep apart what an operator must never
// confuse: Damcorp answered and accepted (still check each recipient), Damcorp answered and
// refused, nobody knows (the message may have gone out — do not blindly resend), and provably
// never sent (safe to send again).
import type { FailureWording } from "@/lib/wording/failures";
import type { HttpMethod } from "./transport";
import type { ValidationIssue } from "./validation";

/** What was sent, with the token / api-key redacted: safe to keep in send history. */
export type RequestRecord = {
  method: HttpMethod;
  url: string;
  body?: unknown;
};

type ResultCommon = {
  /** HTTP attempts made, retries included. */
  attempts: number;
  request: RequestRecord;
};

export type AcceptedCommon = ResultCommon & {
  outcome: "accepted";
  responseCode: "000";
  message: string;
  version: string | undefined;
  httpStatus: number;
  /** The parsed answer as Damcorp sent it. */
  raw: unknown;
};

export type RejectedResult = ResultCommon & {
  outcome: "rejected";
  /** Damcorp's responseCode (or the HTTP status when the body had none). */
  code: string;
  message: string;
  error: FailureWording;
  httpStatus: number;
  raw: unknown;
};

export type UnknownReason =
  | "timeout"
  | "connection_lost"
  | "unparsable_response"
  | "unexpected_response"
  | "gateway_error"
  /** HTTP 500: Damcorp failed after the request arrived. */
  | "server_error";

/** The request may have reached Damcorp: check before sending again. */
export type UnknownResult = ResultCommon & {
  outcome: "unknown";
  reason: UnknownReason;
  error: FailureWording;
  /** Technical detail for logs (secrets removed). */
  detail: string;
  httpStatus?: number;
  raw?: unknown;
};

export type NotSentReason =
  | "rate_limited"
  | "service_unavailable"
  | "connection_refused"
  | "dns_failure"
  | "network_unreachable"
  | "connect_timeout"
  | "tls_failure"
  | "invalid_address"
  | "invalid_request"
  | "missing_credentials";

/** Provably never delivered: safe to send again. */
export type NotSentResult = ResultCommon & {
  outcome: "not_sent";
  reason: NotSentReason;
  error: FailureWording;
  detail: string;
  /** Set when reason is "invalid_request": what to fix, per field. */
  issues?: ValidationIssue[];
  httpStatus?: number;
  raw?: unknown;
  /** Set when Damcorp asked to wait longer than the client waits by itself. */
  retryAfterMs?: number;
};

export type DamcorpResult<TAccepted extends object, TRejected extends object = object> =
  (AcceptedCommon & TAccepted) | (RejectedResult & TRejected) | UnknownResult | NotSentResult;

// Sends ---------------------------------------------------------------------------------------

export type RecipientResult = {
  to: string;
  status: "sent" | "invalid" | "failed";
  msgId: string | null;
  mediaId?: string | null;
  errorStatus?: string | null;
  errorMsg?: string | null;
  trxid?: string | null;
  /** What an invalid / failed status means for the operator. */
  error?: FailureWording;
};

export type SendAccepted = {
  /** One entry per recipient, as Damcorp reported it; never collapsed into "success". */
  recipients: RecipientResult[];
  /** True only when there is at least one recipient and every one has status "sent". */
  allSent: boolean;
};

export type SendResult = DamcorpResult<SendAccepted>;
