import "server-only";
import { ExpectedError } from "@/lib/errors/expected-error";
import { fieldErrorsFrom } from "@/lib/errors/field-errors";
import { parseHistoryQuery, type HistoryQuery } from "./filter-schema";

/** For routes: the query of a URL, or a 400 naming each filter that needs attention. */
export function parseHistoryQueryOrThrow(url: string): HistoryQuery {
  const parsed = parseHistoryQuery(new URL(url).searchParams);
  if (parsed.ok) return parsed.query;
  throw new ExpectedError("invalid_input", "Some filters need attention.", {
    fieldErrors: fieldErrorsFrom(parsed.errors),
  });
}
