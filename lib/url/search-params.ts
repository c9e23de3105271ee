// Search params in and out: the one way pages, route handlers and filter forms read a URL's
// query with a zod schema, and build one back. Safe for client and server.
import type { z } from "zod";
import { firstErrorPerField, type FirstFieldErrors } from "@/lib/errors/field-errors";

/** What Next gives a page (`await searchParams`) or a route (`url.searchParams`). */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The typed text of each key: first value, trimmed, empty ones left out. */
export type SearchValues = Record<string, string>;

/** Search params as a plain object: first value of each key, trimmed, empty values left out. */
export function searchParamsToObject(input: SearchParamsInput): SearchValues {
  const entries =
    input instanceof URLSearchParams
      ? [...input.keys()].map((k) => [k, input.get(k)] as const)
      : Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const out: SearchValues = {};
  for (const [key, value] of entries) {
    const trimmed = value?.trim();
    if (trimmed) out[key] = trimmed;
  }
  return out;
}

/**
 * Parsed search params. `values` keeps what was typed, so a form shows it again next to its
 * error; with any error the caller runs no query (an ignored filter would mislead).
 */
export type ParsedSearch<T> =
  | { ok: true; data: T; values: SearchValues }
  | { ok: false; errors: FirstFieldErrors; values: SearchValues };

export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  input: SearchParamsInput,
): ParsedSearch<z.output<S>> {
  const values = searchParamsToObject(input);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  return { ok: false, errors: firstErrorPerField(result.error), values };
}

/** "?a=1&b=2" for the given keys in their order, empty values left out; "" when none is set. */
export function searchString<K extends string>(
  keys: readonly K[],
  values: Partial<Record<K, string | number | boolean | undefined | null>>,
): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = values[key];
    if (value !== undefined && value !== null && value !== "" && value !== false)
      params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
