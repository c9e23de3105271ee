// Times are stored in UTC and shown in the viewer's zone. Safe for client and server: built on
// the platform's Intl (no date library in the browser), with one cached formatter per zone.

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

type Parts = Record<Intl.DateTimeFormatPartTypes, string>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar and clock fields of an instant in a zone ("26", "11", "2026", "14", "05", …). */
function partsIn(date: Date, timeZone: string): Parts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = {} as Parts;
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
// Our own names: Intl's en-GB short month for September is "Sept", and it may change with the
// platform's locale data; these stay as Kabar has always shown them.
const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "+07:00": the zone's offset from UTC at that instant. */
function offsetOf(date: Date, parts: Parts): string {
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const minutes = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "26 Nov 2026, 14:05" in the given zone. */
export function formatDateTime(date: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = partsIn(new Date(date), timeZone);
  return `${Number(p.day)} ${monthNames[Number(p.month) - 1]} ${p.year}, ${p.hour}:${p.minute}`;
}

/** "26 Nov 2026, 14:05:09 +07:00": with seconds and the zone's offset, for detail views. */
export function formatDateTimeLong(date: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const instant = new Date(date);
  const p = partsIn(instant, timeZone);
  const day = `${Number(p.day)} ${monthNames[Number(p.month) - 1]} ${p.year}`;
  return `${day}, ${p.hour}:${p.minute}:${p.second} ${offsetOf(instant, p)}`;
}

/** "14:05:09" in the given zone: when a list was updated, when Kabar tries again. */
export function formatClockTime(date: Date | string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = partsIn(new Date(date), timeZone);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** The calendar day (yyyy-MM-dd) of an instant in a zone. */
export function dayInZone(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = partsIn(date, timeZone);
  return `${p.year}-${p.month.padStart(2, "0")}-${p.day.padStart(2, "0")}`;
}

const MINUTE = 60_000;
const MINUTES_IN_DAY = 1440;
const MINUTES_IN_MONTH = 43_200;
const MINUTES_IN_YEAR = 525_600;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/**
 * "5 minutes", "3 days": the age of something, for cards and badges. The largest unit that
 * fits, rounded (seconds under a minute, then minutes, hours, days under 30, months, years), as
 * date-fns' formatDistanceStrict words it.
 */
export function ageOf(date: Date | string, now: Date = new Date()): string {
  const ms = Math.abs(now.getTime() - new Date(date).getTime());
  const minutes = ms / MINUTE;
  if (minutes < 1) return count(Math.round(ms / 1000), "second");
  if (minutes < 60) return count(Math.round(minutes), "minute");
  if (minutes < MINUTES_IN_DAY) return count(Math.round(minutes / 60), "hour");
  if (minutes < MINUTES_IN_MONTH) return count(Math.round(minutes / MINUTES_IN_DAY), "day");
  if (minutes < MINUTES_IN_YEAR) {
    const months = Math.round(minutes / MINUTES_IN_MONTH);
    return months === 12 ? count(1, "year") : count(months, "month");
  }
  return count(Math.round(minutes / MINUTES_IN_YEAR), "year");
}
