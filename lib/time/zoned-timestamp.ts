// "2026-11-26 14:05:09" in a time zone, fast enough for a million CSV rows: the zone's offset is
// looked up once per quarter hour (every real offset change falls on a quarter hour) and cached,
// instead of asking Intl for every row. Client- and server-safe.
import { tzOffset } from "@date-fns/tz";

const QUARTER_HOUR_MS = 15 * 60 * 1000;

export function createZonedTimestamp(timeZone: string): (date: Date) => string {
  const offsets = new Map<number, number>();
  return (date: Date) => {
    const bucket = Math.floor(date.getTime() / QUARTER_HOUR_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = tzOffset(timeZone, new Date(bucket * QUARTER_HOUR_MS)) * 60_000;
      if (offsets.size > 10_000) offsets.clear();
      offsets.set(bucket, offset);
    }
    const iso = new Date(date.getTime() + offset).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  };
}
