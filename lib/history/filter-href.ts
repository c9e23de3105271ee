// History filters as URLs: the field names and the links built from raw field values. No zod
// here, so browser code (the filter form, pagers, overview links) can use it for free; the
// schema that checks the values is in ./filter-schema.ts and runs on the server.
import { searchString } from "@/lib/url/search-params";

/** Every filter field, in the order the form shows them. */
export const historyFilterFields = [
  "from",
  "to",
  "outcome",
  "status",
  "errorCode",
  "kind",
  "template",
  "sender",
  "user",
  "recipient",
] as const;
export type HistoryFilterField = (typeof historyFilterFields)[number];

/** The search string of a filter given as raw field values (links from the overview, pagers). */
export function historySearch(
  values: Partial<Record<HistoryFilterField | "after" | "before", string | undefined>>,
): string {
  return searchString([...historyFilterFields, "after", "before"], values);
}

export function historyHref(
  values: Partial<Record<HistoryFilterField | "after" | "before", string | undefined>>,
): string {
  return `/history${historySearch(values)}`;
}

/** Only the filter fields of raw values (drops cursors and unknown keys). */
export function filterValuesOf(
  values: Record<string, string>,
): Partial<Record<HistoryFilterField, string>> {
  const out: Partial<Record<HistoryFilterField, string>> = {};
  for (const key of historyFilterFields) if (values[key]) out[key] = values[key];
  return out;
}
