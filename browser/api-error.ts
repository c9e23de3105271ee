// The one error a browser-side read (or upload) of Kabar's API fails with: the message can be
// shown as is; `code` is the server's code from lib/errors/codes.ts, or what only the browser
// can see (no answer, an answer it could not read, a cancelled request).
import type { ErrorCode } from "@/lib/errors/codes";
import type { FieldErrors } from "@/lib/errors/field-errors";
import type { RouteErrorBody } from "@/lib/errors/result";
import type { FailureWording } from "@/lib/wording/failures";

export type BrowserFailure = "network" | "unreadable" | "cancelled";

export class ApiError extends Error {
  constructor(
    message: string,
    /** The HTTP status; 0 when no answer arrived. */
    readonly status: number,
    readonly code?: ErrorCode | BrowserFailure,
    readonly detail: { problem?: FailureWording; fieldErrors?: FieldErrors; retryAt?: string } = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get problem(): FailureWording | undefined {
    return this.detail.problem;
  }

  get fieldErrors(): FieldErrors | undefined {
    return this.detail.fieldErrors;
  }

  /** When asking again makes sense (ISO), when the server said (Retry-After). */
  get retryAt(): string | null {
    return this.detail.retryAt ?? null;
  }
}

/** A refused answer's JSON, when it has the route guard's shape (read without zod). */
export function routeErrorBodyOf(value: unknown): RouteErrorBody | null {
  if (typeof value !== "object" || value === null) return null;
  const body = value as Partial<RouteErrorBody>;
  return typeof body.error === "string" ? (body as RouteErrorBody) : null;
}

export const NO_ANSWER_MESSAGE = "Kabar could not be reached. Check your connection.";
export const SESSION_ENDED_MESSAGE = "Your session has ended. Sign in again to continue.";
