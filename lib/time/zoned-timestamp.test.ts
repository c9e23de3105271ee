import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { createZonedTimestamp } from "./zoned-timestamp";

const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_END = Date.UTC(2027, 0, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const fixedZones = ["Asia/Jakarta", "Asia/Kolkata"]; // no daylight saving; Kolkata is +05:30
const changingZones = ["Europe/London", "America/New_York", "Australia/Lord_Howe"]; // Lord Howe: 30 min

const reference = (date: Date, zone: string) =>
  format(new TZDate(date, zone), "yyyy-MM-dd HH:mm:ss");

function expectAgreement(zone: string, instants: number[]) {
  const stamp = createZonedTimestamp(zone);
  for (const t of instants) {
    const date = new Date(t);
    expect(stamp(date), `${zone} ${date.toISOString()}`).toBe(reference(date, zone));
  }
}

/** The instants in 2026 where the zone's offset changes (found day by day, then to the millisecond). */
function offsetChanges(zone: string): number[] {
  const offsetAt = (t: number) => tzOffset(zone, new Date(t));
  const changes: number[] = [];
  for (let day = YEAR_START; day < YEAR_END; day += DAY) {
    if (offsetAt(day) === offsetAt(day + DAY)) continue;
    let [before, after] = [day, day + DAY];
    while (after - before > 1) {
      const mid = Math.floor((before + after) / 2);
      if (offsetAt(mid) === offsetAt(before)) before = mid;
      else after = mid;
    }
    changes.push(after);
  }
  return changes;
}

/** mulberry32, so the sampled instants are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const around = (t: number) =>
  [-HOUR, -15 * MINUTE, -MINUTE, -1000, -1, 0, 1, 1000, MINUTE, 15 * MINUTE, HOUR].map(
    (d) => t + d,
  );

describe("createZonedTimestamp agrees with date-fns", () => {
  it("around every daylight-saving change, to the millisecond", () => {
    for (const zone of changingZones) {
      const changes = offsetChanges(zone);
      expect(changes, zone).toHaveLength(2);
      expectAgreement(zone, changes.flatMap(around));
    }
    for (const zone of fixedZones) expect(offsetChanges(zone), zone).toHaveLength(0);
  });

  it("at local day, month and year boundaries", () => {
    for (const zone of [...fixedZones, ...changingZones]) {
      const midnights = [
        ...Array.from({ length: 12 }, (_, month) => new TZDate(2026, month, 1, zone).getTime()),
        new TZDate(2026, 2, 29, zone).getTime(), // London's change day
        new TZDate(2026, 9, 4, zone).getTime(), // Lord Howe's change day
        new TZDate(2027, 0, 1, zone).getTime(),
        new TZDate(2028, 1, 29, zone).getTime(), // a leap day
      ];
      expectAgreement(
        zone,
        midnights.flatMap((t) => [t - 1000, t - 1, t, t + 1, t + 1000]),
      );
    }
  });

  it("at instants sampled through the year", () => {
    const random = seeded(7);
    for (const zone of [...fixedZones, ...changingZones]) {
      const instants = Array.from({ length: 400 }, () =>
        Math.floor(YEAR_START + random() * (YEAR_END - YEAR_START)),
      );
      expectAgreement(zone, instants);
    }
  });

  it("after its offset cache filled up and was cleared", () => {
    const zone = "Europe/London";
    const stamp = createZonedTimestamp(zone);
    // 12,000 quarter hours (125 days, past the spring change) overflow the 10,000-entry cache.
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 12_000; i++) stamp(new Date(start + i * 15 * MINUTE));
    for (const t of [
      start,
      Date.UTC(2026, 2, 29, 0, 59, 59),
      Date.UTC(2026, 2, 29, 1),
      start + 12_000 * 15 * MINUTE,
    ]) {
      expect(stamp(new Date(t)), new Date(t).toISOString()).toBe(reference(new Date(t), zone));
    }
  });
});
