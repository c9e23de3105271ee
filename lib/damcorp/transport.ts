// One HTTP exchange with Damcorp: per-attempt timeout (AbortController), retries decided by
// decideRetry, and a final outcome that says whether the request can have been delivered.
// It knows nothing about message kinds; interpreting the answer is lib/damcorp/outcome.ts.
import {
  classifyNetworkError,
  type NetworkFailure,
  type NetworkFailureKind,
} from "./network-errors";
import {
  decideRetry,
  parseRetryAfter,
  type RetryPolicy,
  type RetryReason,
  type RetryTrigger,
} from "./retry";

export type HttpMethod = "GET" | "POST";

export type TransportRequest = {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** Reads may also be retried after a timeout or a dropped connection. */
  idempotent: boolean;
};

/** Called before each wait: `attempt` is the attempt that just failed (1 for the first). */
export type OnRetry = (attempt: number, delayMs: number, reason: RetryReason) => void;

export type TransportContext = {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  timeoutMs: number;
  retry: RetryPolicy;
  onRetry?: OnRetry;
};

export type TransportFailureReason =
  "rate_limited" | "service_unavailable" | "timeout" | NetworkFailureKind;

export type TransportOutcome =
  | { kind: "response"; status: number; headers: Headers; text: string; attempts: number }
  | {
      kind: "failure";
      /** not_sent: provably never delivered; unknown: may have reached Damcorp. */
      outcome: "not_sent" | "unknown";
      reason: TransportFailureReason;
      detail: string;
      attempts: number;
      /** The last HTTP answer, when the failure is an HTTP status (429 / 503). */
      httpStatus?: number;
      text?: string;
      retryAfterMs?: number;
    };

type AttemptResult =
  | { kind: "response"; status: number; headers: Headers; text: string }
  | { kind: "timeout" }
  | { kind: "network"; failure: NetworkFailure };

async function attemptOnce(
  request: TransportRequest,
  ctx: TransportContext,
): Promise<AttemptResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  try {
    const response = await ctx.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
    });
    // Reading the body is part of the attempt: a stall here is a timeout after delivery.
    const text = await response.text();
    return { kind: "response", status: response.status, headers: response.headers, text };
  } catch (error) {
    if (timedOut) return { kind: "timeout" };
    return { kind: "network", failure: classifyNetworkError(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** The body's responseCode, if the body is JSON with one (errors also arrive as HTTP 200). */
export function peekResponseCode(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object" && "responseCode" in parsed) {
      const code = parsed.responseCode;
      if (typeof code === "string") return code.trim();
      if (typeof code === "number") return String(code).padStart(3, "0");
    }
  } catch {
    // Not JSON: only the HTTP status counts.
  }
  return undefined;
}

/** Which attempts could be worth repeating; undefined means the answer is final. */
export function retryTriggerFor(result: AttemptResult, nowMs: number): RetryTrigger | undefined {
  switch (result.kind) {
    case "response": {
      const code = peekResponseCode(result.text);
      const retryAfterMs = parseRetryAfter(result.headers.get("retry-after"), nowMs);
      if (result.status === 429 || code === "429") return { kind: "rate_limited", retryAfterMs };
      if (result.status === 503 || code === "503")
        return { kind: "service_unavailable", retryAfterMs };
      return undefined;
    }
    case "timeout":
      return { kind: "timeout" };
    case "network":
      if (result.failure.kind === "connection_refused") return { kind: "connection_refused" };
      if (result.failure.kind === "connection_lost") return { kind: "connection_lost" };
      return undefined; // DNS, TLS, unreachable: not sent, and repeating will not help now.
  }
}

function finalOutcome(
  result: AttemptResult,
  attempts: number,
  retryAfterMs?: number,
): TransportOutcome {
  switch (result.kind) {
    case "response": {
      const code = peekResponseCode(result.text);
      const limited = result.status === 429 || code === "429";
      const unavailable = result.status === 503 || code === "503";
      if (limited || unavailable) {
        return {
          kind: "failure",
          outcome: "not_sent",
          reason: limited ? "rate_limited" : "service_unavailable",
          detail: `Damcorp answered HTTP ${result.status}${code ? ` (responseCode ${code})` : ""} on attempt ${attempts}`,
          attempts,
          httpStatus: result.status,
          text: result.text,
          retryAfterMs,
        };
      }
      return { ...result, attempts };
    }
    case "timeout":
      return {
        kind: "failure",
        outcome: "unknown",
        reason: "timeout",
        detail: `No answer from Damcorp within the time limit (attempt ${attempts})`,
        attempts,
      };
    case "network":
      return {
        kind: "failure",
        outcome: result.failure.neverSent ? "not_sent" : "unknown",
        reason: result.failure.kind,
        detail: result.failure.code
          ? `${result.failure.message} (${result.failure.code})`
          : result.failure.message,
        attempts,
      };
  }
}

export async function executeRequest(
  request: TransportRequest,
  ctx: TransportContext,
): Promise<TransportOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await attemptOnce(request, ctx);
    const trigger = retryTriggerFor(result, ctx.now());
    if (!trigger) return finalOutcome(result, attempt);

    const decision = decideRetry({
      trigger,
      attempt,
      idempotent: request.idempotent,
      policy: ctx.retry,
      random: ctx.random,
    });
    if (!decision.retry) {
      const retryAfterMs = "retryAfterMs" in trigger ? trigger.retryAfterMs : undefined;
      return finalOutcome(result, attempt, retryAfterMs);
    }
    try {
      ctx.onRetry?.(attempt, decision.delayMs, decision.reason);
    } catch {
      // A progress callback must never change the outcome of a send.
    }
    await ctx.sleep(decision.delayMs);
  }
}
