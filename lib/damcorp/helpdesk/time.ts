// Helpdesk timestamps ("2019-02-15 18:00:09") carry no zone: they are wall-clock times of the
// helpdesk's zone (Indonesia, Asia/Jakarta, unless configured otherwise).
import { TZDate } from "@date-fns/tz";

export const DEFAULT_HELPDESK_TIME_ZONE = "Asia/Jakarta";

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a helpdesk wall time denotes in `timeZone`. Throws RangeError for text that is
 * not "YYYY-MM-DD HH:mm[:ss]" or not a real date/time.
 */
export function parseHelpdeskTime(
  value: string,
  timeZone: string = DEFAULT_HELPDESK_TIME_ZONE,
): Date {
  const match = PATTERN.exec(value.trim());
  if (!match) {
    throw new RangeError(`"${value}" is not a helpdesk time (expected YYYY-MM-DD HH:mm:ss)`);
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  // Reject overflow such as 2019-02-30 or 24:61, which Date would silently roll over.
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    throw new RangeError(`"${value}" is not a real date and time`);
  }
  const zoned = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  const instant = new Date(zoned.getTime());
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`"${timeZone}" is not a known time zone`);
  }
  return instant;
}

/** Like parseHelpdeskTime, but null for missing or unreadable values (e.g. an open ticket's dateClose). */
export function parseHelpdeskTimeOrNull(
  value: string | null | undefined,
  timeZone: string = DEFAULT_HELPDESK_TIME_ZONE,
): Date | null {
  if (!value) return null;
  try {
    return parseHelpdeskTime(value, timeZone);
  } catch {
    return null;
  }
}
