// Errors a user can act on. Safe for client and server: it holds no secret and no stack worth
// showing. Server actions turn one into a failed ActionResult, route handlers into JSON with the
// code's HTTP status (lib/errors/codes.ts); anything else thrown is logged and masked.
import type { ErrorCode } from "./codes";
import type { FailureWording } from "@/lib/wording/failures";
import type { FieldErrors } from "./field-errors";

export interface ExpectedErrorOptions {
  /** Messages to show next to the fields they concern. */
  fieldErrors?: FieldErrors;
  /** A failure of Damcorp's in the catalogue's words (title, meaning, action), for a banner. */
  problem?: FailureWording;
  /** Asking again before this instant (ISO) is pointless: Kabar will not ask Damcorp sooner. */
  retryAt?: string;
}

/**
 * A refusal the user can act on: its message is shown as is (never a secret or a stack).
 * `throw new ExpectedError("email_taken", "Some fields need attention.", { fieldErrors })`
 */
export class ExpectedError extends Error {
  readonly fieldErrors?: FieldErrors;
  readonly problem?: FailureWording;
  readonly retryAt?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: ExpectedErrorOptions = {},
  ) {
    super(message);
    this.name = "ExpectedError";
    this.fieldErrors = options.fieldErrors;
    this.problem = options.problem;
    this.retryAt = options.retryAt;
  }
}

export class NotSignedInError extends ExpectedError {
  constructor() {
    super("unauthenticated", "Your session has ended. Sign in again to continue.");
    this.name = "NotSignedInError";
  }
}

export class ForbiddenError extends ExpectedError {
  constructor() {
    super("forbidden", "Your role does not allow this action.");
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends ExpectedError {
  constructor(what: string) {
    super("not_found", `${what} was not found (it may have been removed).`);
    this.name = "NotFoundError";
  }
}
