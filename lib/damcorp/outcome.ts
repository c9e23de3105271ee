// Turns a transport outcome into a DamcorpResult. The body's responseCode decides, whatever
// the HTTP status: Damcorp reports errors as HTTP 200 with responseCode "725" as readily as
// with an error status.
import type { z } from "zod";
import { envelopeSchema } from "./schemas/common";
import {
  describeDamcorpError,
  describeTransportError,
  withRefusedFields,
} from "@/lib/wording/describe-failure";
import type { FailureWording, TransportErrorCode } from "@/lib/wording/failures";
import { redactRequestBody, scrubSecrets } from "./redact";
import type {
  AcceptedCommon,
  DamcorpResult,
  NotSentReason,
  NotSentResult,
  RequestRecord,
  UnknownReason,
  UnknownResult,
} from "./results";
import type { TransportOutcome } from "./transport";
import type { ValidationIssue } from "./validation";

export type InterpretOptions<TData, TAccepted extends object, TRejected extends object> = {
  request: RequestRecord;
  idempotent: boolean;
  /** Secret values to scrub from any free text kept in the result. */
  secrets: ReadonlyArray<string | undefined>;
  /** Shape of `data` in a "000" answer; a mismatch means the outcome is unknown. */
  dataSchema: z.ZodType<TData>;
  accept: (data: TData) => TAccepted;
  reject: (code: string, message: string, data: unknown) => TRejected;
};

const UNKNOWN_REASONS: ReadonlySet<string> = new Set<UnknownReason>([
  "timeout",
  "connection_lost",
  "unparsable_response",
  "unexpected_response",
  "gateway_error",
  "server_error",
]);

/** A proxy's 502/504 page: Damcorp behind it may have received and processed the request. */
const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 504]);

function responseCodeOf(value: unknown): string | undefined {
  const parsed = envelopeSchema.safeParse(value);
  return parsed.success ? parsed.data.responseCode : undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function unknownResult(
  reason: UnknownReason,
  detail: string,
  common: { attempts: number; request: RequestRecord; idempotent: boolean },
  extra: { httpStatus?: number; raw?: unknown } = {},
): UnknownResult {
  const errorCode: TransportErrorCode | "server_error" =
    reason === "timeout" && common.idempotent ? "read_timeout" : reason;
  return {
    outcome: "unknown",
    reason,
    // Damcorp's own words for its 500: it had a problem, the message may or may not have gone out.
    error:
      errorCode === "server_error"
        ? describeDamcorpError("500")
        : describeTransportError(errorCode),
    detail,
    attempts: common.attempts,
    request: common.request,
    ...extra,
  };
}

function notSentError(reason: NotSentReason): FailureWording {
  if (reason === "rate_limited") return describeDamcorpError("429");
  if (reason === "service_unavailable") return describeDamcorpError("503");
  return describeTransportError(reason);
}

export function notSentResult(
  reason: NotSentReason,
  detail: string,
  common: { attempts: number; request: RequestRecord },
  extra: {
    issues?: ValidationIssue[];
    httpStatus?: number;
    raw?: unknown;
    retryAfterMs?: number;
  } = {},
): NotSentResult {
  return {
    outcome: "not_sent",
    reason,
    error: notSentError(reason),
    detail,
    attempts: common.attempts,
    request: common.request,
    ...extra,
  };
}

export function interpretOutcome<TData, TAccepted extends object, TRejected extends object>(
  transport: TransportOutcome,
  options: InterpretOptions<TData, TAccepted, TRejected>,
): DamcorpResult<TAccepted, TRejected> {
  const common = {
    attempts: transport.attempts,
    request: options.request,
    idempotent: options.idempotent,
  };
  const scrub = (text: string) => scrubSecrets(text, options.secrets);

  if (transport.kind === "failure") {
    const parsed = transport.text === undefined ? undefined : parseJson(transport.text);
    const raw = parsed?.ok ? redactRequestBody(parsed.value) : transport.text;
    const extra = { httpStatus: transport.httpStatus, raw };
    if (transport.outcome === "unknown") {
      const reason = UNKNOWN_REASONS.has(transport.reason)
        ? (transport.reason as UnknownReason)
        : "connection_lost";
      return unknownResult(reason, scrub(transport.detail), common, extra);
    }
    const reason = transport.reason === "timeout" ? "connect_timeout" : transport.reason;
    if (reason === "connection_lost") {
      return unknownResult("connection_lost", scrub(transport.detail), common, extra);
    }
    return notSentResult(reason, scrub(transport.detail), common, {
      ...extra,
      retryAfterMs: transport.retryAfterMs,
    });
  }

  const { status, text } = transport;
  const ok2xx = status >= 200 && status < 300;
  const json = parseJson(text);
  // Damcorp's 500 ("we had a problem with our server") comes after the request arrived: a change
  // it asked for may or may not have been made. A read that failed is just a refusal.
  if (
    !options.idempotent &&
    (status === 500 || (json.ok && responseCodeOf(json.value) === "500"))
  ) {
    return unknownResult(
      "server_error",
      `HTTP ${status}: Damcorp reported a server error`,
      common,
      {
        httpStatus: status,
        raw: json.ok ? redactRequestBody(json.value) : text,
      },
    );
  }
  if (!json.ok) {
    if (GATEWAY_STATUSES.has(status)) {
      return unknownResult(
        "gateway_error",
        `HTTP ${status} from a gateway, without a Damcorp answer`,
        common,
        {
          httpStatus: status,
          raw: text,
        },
      );
    }
    if (ok2xx) {
      return unknownResult(
        "unparsable_response",
        `HTTP ${status} with a body that is not JSON`,
        common,
        { httpStatus: status, raw: text },
      );
    }
    // An error status without a readable body: the status itself is Damcorp's answer.
    const code = String(status);
    return {
      outcome: "rejected",
      code,
      message: `HTTP ${status}`,
      error: describeDamcorpError(code),
      httpStatus: status,
      raw: text,
      attempts: common.attempts,
      request: common.request,
      ...options.reject(code, `HTTP ${status}`, undefined),
    };
  }

  const raw = redactRequestBody(json.value);
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    if (ok2xx) {
      return unknownResult(
        "unexpected_response",
        `HTTP ${status} JSON without a responseCode`,
        common,
        { httpStatus: status, raw },
      );
    }
    const code = String(status);
    return {
      outcome: "rejected",
      code,
      message: `HTTP ${status}`,
      error: describeDamcorpError(code),
      httpStatus: status,
      raw,
      attempts: common.attempts,
      request: common.request,
      ...options.reject(code, `HTTP ${status}`, json.value),
    };
  }

  const { responseCode, message, version, data } = envelope.data;
  if (responseCode !== "000") {
    return {
      outcome: "rejected",
      code: responseCode,
      message: message ?? "",
      // A 721 names the fields it refused in `data`: said in the wording.
      error: withRefusedFields(describeDamcorpError(responseCode, message), data),
      httpStatus: status,
      raw,
      attempts: common.attempts,
      request: common.request,
      ...options.reject(responseCode, message ?? "", data),
    };
  }

  const parsedData = options.dataSchema.safeParse(data);
  if (!parsedData.success) {
    return unknownResult(
      "unexpected_response",
      `responseCode "000" but data has an unexpected shape: ${parsedData.error.issues
        .map((i) => `${i.path.join(".") || "data"}: ${i.message}`)
        .join("; ")}`,
      common,
      { httpStatus: status, raw },
    );
  }
  const accepted: AcceptedCommon = {
    outcome: "accepted",
    responseCode: "000",
    message: message ?? "",
    version: version ?? undefined,
    httpStatus: status,
    raw,
    attempts: common.attempts,
    request: common.request,
  };
  return { ...accepted, ...options.accept(parsedData.data) };
}
