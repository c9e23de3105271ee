// Times are stored in UTC and shown in the viewer's zone and language. Safe for client and
// server: built on the platform's Intl (no date library in the browser), with one cached
// formatter per zone. English: "26 Nov 2026, 14:05"; Indonesian: "26 Nov 2026 14.05" (the
// period between hours and minutes, as Indonesian writes time). Indonesia's zones are named
// WIB / WITA / WIT; any other zone shows its offset ("+05:30").
import type { Locale } from "@/lib/i18n/config";

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
// Our own names: Intl's short months change with the platform's locale data (en-GB's September
// is "Sept", id's August "Agu" or "Agt"); these stay as Kabar has always shown them.
const monthNames: Record<Locale, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
};
/** Between hours, minutes and seconds; and between the day and the time. */
const clockSeparator: Record<Locale, string> = { en: ":", id: "." };
const dateTimeSeparator: Record<Locale, string> = { en: ", ", id: " " };

/** Indonesia's three zones by their everyday names (including the zones' older IANA aliases). */
const indonesianZoneNames: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Ujung_Pandang": "WITA",
  "Asia/Jayapura": "WIT",
};

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

/** "WIB", "WITA", "WIT" for Indonesia's zones; the offset ("+05:30") for any other. */
export function zoneLabel(timeZone: string, date: Date = new Date()): string {
  return indonesianZoneNames[timeZone] ?? offsetOf(date, partsIn(date, timeZone));
}

function dayOf(p: Parts, locale: Locale): string {
  return `${Number(p.day)} ${monthNames[locale][Number(p.month) - 1]} ${p.year}`;
}

/** "26 Nov 2026, 14:05" (en) / "26 Nov 2026 14.05" (id) in the given zone. */
export function formatDateTime(
  date: Date | string,
  timeZone = DEFAULT_TIME_ZONE,
  locale: Locale = "en",
): string {
  const p = partsIn(new Date(date), timeZone);
  const sep = clockSeparator[locale];
  return `${dayOf(p, locale)}${dateTimeSeparator[locale]}${p.hour}${sep}${p.minute}`;
}

/**
 * "26 Nov 2026, 14:05:09 WIB" (en) / "26 Nov 2026 14.05.09 WIB" (id): with seconds and the
 * zone, for detail views.
 */
export function formatDateTimeLong(
  date: Date | string,
  timeZone = DEFAULT_TIME_ZONE,
  locale: Locale = "en",
): string {
  const instant = new Date(date);
  const p = partsIn(instant, timeZone);
  const zone = indonesianZoneNames[timeZone] ?? offsetOf(instant, p);
  return `${dayOf(p, locale)}${dateTimeSeparator[locale]}${clock(p, locale)} ${zone}`;
}

function clock(p: Parts, locale: Locale): string {
  const sep = clockSeparator[locale];
  return `${p.hour}${sep}${p.minute}${sep}${p.second}`;
}

/** "14:05:09" (en) / "14.05.09" (id) in the given zone: when a list was updated, a retry. */
export function formatClockTime(
  date: Date | string,
  timeZone = DEFAULT_TIME_ZONE,
  locale: Locale = "en",
): string {
  return clock(partsIn(new Date(date), timeZone), locale);
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

type AgeUnit = "second" | "minute" | "hour" | "day" | "month" | "year";
// Indonesian nouns take no plural ("1 menit", "5 menit").
const idUnits: Record<AgeUnit, string> = {
  second: "detik",
  minute: "menit",
  hour: "jam",
  day: "hari",
  month: "bulan",
  year: "tahun",
};

const count = (n: number, unit: AgeUnit, locale: Locale) =>
  locale === "id" ? `${n} ${idUnits[unit]}` : `${n} ${unit}${n === 1 ? "" : "s"}`;

/**
 * "5 minutes" / "5 menit", "3 days" / "3 hari": the age of something, for cards and badges. The
 * largest unit that fits, rounded (seconds under a minute, then minutes, hours, days under 30,
 * months, years), as date-fns' formatDistanceStrict words it.
 */
export function ageOf(date: Date | string, now: Date = new Date(), locale: Locale = "en"): string {
  const ms = Math.abs(now.getTime() - new Date(date).getTime());
  const minutes = ms / MINUTE;
  if (minutes < 1) return count(Math.round(ms / 1000), "second", locale);
  if (minutes < 60) return count(Math.round(minutes), "minute", locale);
  if (minutes < MINUTES_IN_DAY) return count(Math.round(minutes / 60), "hour", locale);
  if (minutes < MINUTES_IN_MONTH) {
    return count(Math.round(minutes / MINUTES_IN_DAY), "day", locale);
  }
  if (minutes < MINUTES_IN_YEAR) {
    const months = Math.round(minutes / MINUTES_IN_MONTH);
    return months === 12 ? count(1, "year", locale) : count(months, "month", locale);
  }
  return count(Math.round(minutes / MINUTES_IN_YEAR), "year", locale);
}
