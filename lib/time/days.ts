// Calendar days ("yyyy-MM-dd") and their instants in a zone: a filter "from 1 Nov to 3 Nov"
// means from 1 Nov 00:00 to the end of 3 Nov where the viewer lives. Day arithmetic itself
// involves no zone. Safe for client and server, and free of zod (its schema is in
// ./day-schema.ts) so the pages that only do day arithmetic do not ship it.
import { TZDate } from "@date-fns/tz";
import { dayInZone } from "./format";

export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;

function utcMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** A yyyy-MM-dd day that exists in the calendar (no 31 April, no 29 February 2026). */
export function isCalendarDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  return utcMidnight(value).toISOString().startsWith(value);
}

/** Today as yyyy-MM-dd in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayInZone(now, timeZone);
}

/** The day `days` after `day` (negative goes back): calendar arithmetic, no zone involved. */
export function addDays(day: string, days: number): string {
  return new Date(utcMidnight(day).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many days from `from` to `to`, both counted (the same day is 1). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / DAY_MS) + 1;
}

/** The instant a day starts in `timeZone`. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime());
}

/** The instant the day after `day` starts in `timeZone` (an exclusive upper bound). */
export function endOfDayIn(day: string, timeZone: string): Date {
  return startOfDayIn(addDays(day, 1), timeZone);
}

export interface InstantRange {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** A range of calendar days (either end open) as the instants it covers in `timeZone`. */
export function dayRangeToInstants(
  range: { from?: string; to?: string },
  timeZone: string,
): InstantRange {
  return {
    ...(range.from ? { from: startOfDayIn(range.from, timeZone) } : {}),
    ...(range.to ? { to: endOfDayIn(range.to, timeZone) } : {}),
  };
}
