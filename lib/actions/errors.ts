import type { FieldErrors } from "./result";

/** An error the user can act on: its message is shown as is (never a secret or a stack). */
export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

export class NotSignedInError extends ExpectedError {
  constructor() {
    super("Your session has ended. Sign in again to continue.", undefined, "unauthenticated");
  }
}

export class ForbiddenError extends ExpectedError {
  constructor() {
    super("Your role does not allow this action.", undefined, "forbidden");
  }
}

export class NotFoundError extends ExpectedError {
  constructor(what: string) {
    super(`${what} was not found (it may have been removed).`, undefined, "not_found");
  }
}
