// Calendar days in the viewer's zone turned into UTC instants: a filter "from 1 Nov to 3 Nov"
// means from 1 Nov 00:00 to the end of 3 Nov where the viewer lives. Safe for client and server.
import { TZDate } from "@date-fns/tz";
import { addDays, format, subDays } from "date-fns";
import { z } from "zod";

export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-MM-dd day that exists in the calendar (the value of an <input type="date">). */
export const daySchema = z
  .string()
  .regex(dayPattern, "Enter a date as yyyy-mm-dd")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "This date does not exist");

/** The instant a day starts in `timeZone`. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime());
}

/** The instant the day after `day` starts in `timeZone` (an exclusive upper bound). */
export function endOfDayIn(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const next = addDays(new Date(Date.UTC(y, m - 1, d)), 1);
  return startOfDayIn(next.toISOString().slice(0, 10), timeZone);
}

/** Today as yyyy-MM-dd in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now, timeZone), "yyyy-MM-dd");
}

/** The day `days` days before `day` (calendar arithmetic, no zone involved). */
export function dayMinus(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return subDays(new Date(Date.UTC(y, m - 1, d)), days)
    .toISOString()
    .slice(0, 10);
}

export interface InstantRange {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export function dayRangeToInstants(
  range: { from?: string; to?: string },
  timeZone: string,
): InstantRange {
  return {
    ...(range.from ? { from: startOfDayIn(range.from, timeZone) } : {}),
    ...(range.to ? { to: endOfDayIn(range.to, timeZone) } : {}),
  };
}
