// The result shapes (safe for client and server).
//
// Services signal an expected failure one way: they throw an ExpectedError. `Result` is what a
// caller gets when it must branch on the refusal instead of passing it on (`settle`), and
// `ActionResult` is what every server action answers the browser with.
import type { ErrorCode } from "./codes";
import { ExpectedError } from "./expected-error";
import type { FieldErrors } from "./field-errors";
import type { FailureWording } from "@/lib/wording/failures";

export type Result<T, E = ExpectedError> = { ok: true; value: T } | { ok: false; error: E };

/**
 * Runs a service and returns its refusal as a value; anything unexpected still throws.
 * `const found = await settle(getTemplateOrThrow(id)); if (!found.ok && found.error.code === "not_found") …`
 */
export async function settle<T>(work: Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    if (error instanceof ExpectedError) return { ok: false, error };
    throw error;
  }
}

/** A failed action: an expected refusal has a code; an unexpected one only an errorId. */
export type ActionFailure = {
  ok: false;
  message: string;
  code?: ErrorCode;
  fieldErrors?: FieldErrors;
  /** A failure of Damcorp's in the catalogue's words. */
  problem?: FailureWording;
  /** Set when the failure was unexpected: the reference the log line carries. */
  errorId?: string;
};

/** The one result shape of every server action. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** Initial state for useActionState before the first submit. */
export const idle = { ok: false, message: "" } as const satisfies ActionResult<never>;

/** The JSON a route handler answers a refused or failed request with (lib/http/route-guard.ts). */
export type RouteErrorBody = {
  error: string;
  code?: ErrorCode;
  fieldErrors?: FieldErrors;
  problem?: FailureWording;
  /** Asking again before this instant (ISO) is pointless; also sent as Retry-After. */
  retryAt?: string;
  /** Set when the failure was unexpected. */
  errorId?: string;
};
