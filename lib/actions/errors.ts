// Transition shim: expected errors live in lib/errors (import them from there). This file keeps
// the old import path and argument order compiling until every caller has moved; it goes away.
import { ExpectedError as NeutralExpectedError } from "@/lib/errors/expected-error";
import type { ErrorCode } from "@/lib/errors/codes";
import type { FieldErrors } from "@/lib/errors/field-errors";

export { ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/errors/expected-error";

/**
 * @deprecated The old argument order (message, fieldErrors, code). Use
 * `new ExpectedError(code, message, { fieldErrors })` from "@/lib/errors/expected-error".
 */
export class ExpectedError extends NeutralExpectedError {
  constructor(message: string, fieldErrors?: FieldErrors, code?: ErrorCode | (string & {})) {
    super((code ?? "invalid_input") as ErrorCode, message, { fieldErrors });
  }

  /** `x instanceof ExpectedError` (from this path) still matches every expected error. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return this === ExpectedError
      ? value instanceof NeutralExpectedError
      : Function.prototype[Symbol.hasInstance].call(this, value);
  }
}
