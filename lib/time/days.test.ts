import { describe, expect, it } from "vitest";
import {
  addDays,
  dayRangeToInstants,
  daysBetween,
  endOfDayIn,
  isCalendarDay,
  startOfDayIn,
  todayIn,
} from "./days";
import { daySchema } from "./day-schema";

describe("calendar days", () => {
  it("exist or not", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-04-31")).toBe(false);
    expect(isCalendarDay("2026-4-1")).toBe(false);
    expect(daySchema.safeParse("2026-13-01").error?.issues[0]?.message).toBe(
      "This date does not exist",
    );
    expect(daySchema.safeParse("1 Nov").error?.issues[0]?.message).toBe(
      "Enter a date as yyyy-mm-dd",
    );
  });

  it("add and count across months, years and leap days, with no zone involved", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2026-11-26", -29)).toBe("2026-10-28");
    expect(daysBetween("2026-11-26", "2026-11-26")).toBe(1);
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(4);
  });

  it("anchor today in the viewer's zone", () => {
    const instant = new Date("2026-11-26T18:30:00Z");
    expect(todayIn("Asia/Jakarta", instant)).toBe("2026-11-27");
    expect(todayIn("Europe/London", instant)).toBe("2026-11-26");
  });

  it("start and end where the viewer lives, a daylight-saving day included", () => {
    expect(startOfDayIn("2026-11-01", "Asia/Jakarta").toISOString()).toBe(
      "2026-10-31T17:00:00.000Z",
    );
    expect(endOfDayIn("2026-11-01", "Asia/Jakarta").toISOString()).toBe("2026-11-01T17:00:00.000Z");
    // London's clocks go back on 25 Oct 2026: that day lasts 25 hours.
    const from = startOfDayIn("2026-10-25", "Europe/London");
    const to = endOfDayIn("2026-10-25", "Europe/London");
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(25);
    expect(dayRangeToInstants({ to: "2026-10-25" }, "Europe/London")).toEqual({ to });
  });
});
