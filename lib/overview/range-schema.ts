// The overview's date range: calendar days in the viewer's zone, the last 30 days by default.
// Checked on the server (the range form only builds the URL).
import { z } from "zod";
import { daySchema } from "@/lib/time/day-schema";
import { addDays, daysBetween, todayIn } from "@/lib/time/days";
import {
  searchParamsToObject,
  type SearchParamsInput,
  type SearchValues,
} from "@/lib/url/search-params";
import { firstErrorPerField, type FirstFieldErrors } from "@/lib/errors/field-errors";

export const OVERVIEW_DEFAULT_DAYS = 30;
export const OVERVIEW_MAX_DAYS = 366;

export const overviewRangeSchema = z
  .object({ from: daySchema, to: daySchema })
  .refine((r) => r.from <= r.to, { path: ["to"], message: "The end date is before the start date" })
  .refine((r) => daysBetween(r.from, r.to) <= OVERVIEW_MAX_DAYS, {
    path: ["from"],
    message: `Choose at most ${OVERVIEW_MAX_DAYS} days`,
  });

export type OverviewRange = z.output<typeof overviewRangeSchema>;

export function defaultOverviewRange(timeZone: string, now: Date = new Date()): OverviewRange {
  const to = todayIn(timeZone, now);
  return { from: addDays(to, -(OVERVIEW_DEFAULT_DAYS - 1)), to };
}

export type ParsedOverviewRange =
  | { ok: true; range: OverviewRange; values: SearchValues }
  | { ok: false; range: OverviewRange; errors: FirstFieldErrors; values: SearchValues };

/** The range in the URL; missing days fall back to the default range's. */
export function parseOverviewRange(
  input: SearchParamsInput,
  timeZone: string,
  now: Date = new Date(),
): ParsedOverviewRange {
  const values = searchParamsToObject(input);
  const fallback = defaultOverviewRange(timeZone, now);
  const result = overviewRangeSchema.safeParse({
    from: values.from ?? fallback.from,
    to: values.to ?? fallback.to,
  });
  if (result.success) return { ok: true, range: result.data, values };
  return { ok: false, range: fallback, errors: firstErrorPerField(result.error), values };
}

/** Every day of the range, in order. */
export function daysOf(range: OverviewRange): string[] {
  const count = daysBetween(range.from, range.to);
  return Array.from({ length: count }, (_, i) => addDays(range.to, -(count - 1 - i)));
}
