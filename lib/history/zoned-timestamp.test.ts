import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { createZonedTimestamp } from "./zoned-timestamp";

describe("createZonedTimestamp", () => {
  // ~365k comparisons: seconds alone, longer on a loaded 2-core machine.
  it(
    "agrees with date-fns in fixed and daylight-saving zones, across the changes",
    { timeout: 90_000 },
    () => {
      for (const zone of [
        "Asia/Jakarta",
        "Europe/London",
        "America/New_York",
        "Asia/Kolkata",
        "Australia/Lord_Howe",
      ]) {
        const stamp = createZonedTimestamp(zone);
        // Every 7 minutes 13 seconds through a year: crosses each daylight-saving change.
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 433_000) {
          const date = new Date(t);
          expect(stamp(date), `${zone} ${date.toISOString()}`).toBe(
            format(new TZDate(date, zone), "yyyy-MM-dd HH:mm:ss"),
          );
        }
      }
    },
  );
});
