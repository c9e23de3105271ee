// Damcorp's helpdesk renders timestamps as "YYYY-MM-DD HH:mm:ss" with no zone marker; the zone is
// implied (the company's local time). We keep Dates internally and render them in one configured zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      // h23, not hour12:false, which some ICU versions render midnight as "24".
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError for a zone name Intl does not know, so a typo fails at startup. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** "YYYY-MM-DD HH:mm:ss" in the given zone. */
export function formatInZone(date: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Calendar day "YYYY-MM-DD" of the instant in the given zone (what the date filters compare). */
export function dayInZone(date: Date, timeZone: string): string {
  return formatInZone(date, timeZone).slice(0, 10);
}

/** A real calendar day in strict YYYY-MM-DD form (rejects 2024-02-30 and 2024-2-3). */
export function isValidDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
