// The path every call function takes: check credentials, validate the built request against
// its schema, send it through the transport, interpret the answer. Nothing invalid is sent.
import type { z } from "zod";
import { credentialsOf, type DamcorpClient } from "./client";
import { interpretOutcome, notSentResult, type InterpretOptions } from "./outcome";
import { redactRequestBody, redactUrl } from "./redact";
import type { DamcorpResult, RequestRecord } from "./results";
import { executeRequest, type HttpMethod, type OnRetry } from "./transport";
import { issuesFromZodError, type ValidationIssue } from "./validation";

export type CallOptions = {
  /** Progress while waiting to retry (overrides the client's onRetry for this call). */
  onRetry?: OnRetry;
};

export type PathCheck = { field: string; schema: z.ZodType; value: unknown };

export type CallSpec<TData, TAccepted extends object, TRejected extends object> = {
  client: DamcorpClient;
  method: HttpMethod;
  url: string;
  /** Which credential the call needs; checked before anything is sent. */
  needs: "token" | "apiKey";
  /** What the request carries, as validated (JSON body, query or multipart fields). */
  payload: unknown;
  /**
   * Validates `payload`; an issue stops the call with outcome "not_sent". Left out only for a
   * request checked against the same schema when it was prepared (a CheckedMessageRequest).
   */
  schema?: z.ZodType;
  /** Values sent outside the payload (e.g. a template name in the URL path), checked first. */
  checks?: ReadonlyArray<PathCheck>;
  headers: Record<string, string>;
  body?: string | FormData;
  idempotent: boolean;
  interpret: Omit<
    InterpretOptions<TData, TAccepted, TRejected>,
    "request" | "idempotent" | "secrets"
  >;
  options?: CallOptions;
};

export async function callDamcorp<TData, TAccepted extends object, TRejected extends object>(
  spec: CallSpec<TData, TAccepted, TRejected>,
): Promise<DamcorpResult<TAccepted, TRejected>> {
  const credentials = credentialsOf(spec.client);
  const request: RequestRecord = {
    method: spec.method,
    url: redactUrl(spec.url),
    ...(spec.payload === undefined || spec.method === "GET"
      ? {}
      : { body: redactRequestBody(spec.payload) }),
  };

  const credential = spec.needs === "token" ? credentials.token : credentials.apiKey;
  if (!credential) {
    const what = spec.needs === "token" ? "WhatsApp API token" : "helpdesk api-key";
    return notSentResult("missing_credentials", `No ${what} is configured`, {
      attempts: 0,
      request,
    });
  }

  const issues = [
    ...pathCheckIssues(spec.checks ?? []),
    ...(spec.schema ? validationIssues(spec.schema, spec.payload) : []),
  ];
  if (issues.length > 0) {
    return notSentResult(
      "invalid_request",
      issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "),
      { attempts: 0, request },
      { issues },
    );
  }

  const { transport, timeoutMs, retry } = spec.client;
  const outcome = await executeRequest(
    {
      method: spec.method,
      url: spec.url,
      headers: spec.headers,
      body: spec.body,
      idempotent: spec.idempotent,
    },
    { ...transport, timeoutMs, retry, onRetry: spec.options?.onRetry ?? transport.onRetry },
  );
  return interpretOutcome(outcome, {
    ...spec.interpret,
    request,
    idempotent: spec.idempotent,
    secrets: [credentials.token, credentials.apiKey],
  });
}

/** Issues of values sent outside the payload, named after their field ("templateName: …"). */
export function pathCheckIssues(checks: ReadonlyArray<PathCheck>): ValidationIssue[] {
  return checks.flatMap((check) => {
    const result = check.schema.safeParse(check.value);
    return result.success
      ? []
      : issuesFromZodError(result.error).map((issue) => ({
          path: issue.path ? `${check.field}.${issue.path}` : check.field,
          message: issue.message,
        }));
  });
}

export function validationIssues(schema: z.ZodType, value: unknown): ValidationIssue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : issuesFromZodError(result.error);
}

/** Joins a configured base URL (no trailing slash) with an absolute path. */
export function joinUrl(base: string, path: string): string {
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
