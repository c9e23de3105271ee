import "server-only";
import { ExpectedError } from "@/lib/errors/expected-error";
import { parseHistoryQuery, type HistoryQuery } from "./filter-schema";

/** For routes: the query of a URL, or a 400 naming each filter that needs attention. */
export function parseHistoryQueryOrThrow(url: string): HistoryQuery {
  const parsed = parseHistoryQuery(new URL(url).searchParams);
  if (parsed.ok) return parsed.query;
  const fieldErrors = Object.fromEntries(
    Object.entries(parsed.errors).map(([field, message]) => [field, message ? [message] : []]),
  );
  throw new ExpectedError("invalid_input", "Some filters need attention.", { fieldErrors });
}
