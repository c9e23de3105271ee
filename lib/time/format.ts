// Times are stored in UTC and shown in the viewer's zone. Safe for client and server.
import { TZDate } from "@date-fns/tz";
import { format, formatDistanceStrict } from "date-fns";

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

/** "26 Nov 2026, 14:05" in the given zone. */
export function formatDateTime(date: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(new Date(date), timeZone), "d MMM yyyy, HH:mm");
}

/** "26 Nov 2026, 14:05:09 WIB"-style with seconds and zone offset, for detail views. */
export function formatDateTimeLong(date: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(new Date(date), timeZone), "d MMM yyyy, HH:mm:ss xxx");
}

/** "14:05:09" in the given zone: a moment later today, such as when Kabar tries again. */
export function formatTimeOfDay(date: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(new Date(date), timeZone), "HH:mm:ss");
}

/** The calendar day (yyyy-MM-dd) of an instant in a zone. */
export function dayInZone(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(date, timeZone), "yyyy-MM-dd");
}

/** "5 minutes", "3 days": the age of something, for cards and badges. */
export function ageOf(date: Date | string, now: Date = new Date()): string {
  return formatDistanceStrict(new Date(date), now);
}
