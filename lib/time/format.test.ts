import { describe, expect, it } from "vitest";
import { ageOf, dayInZone, formatDateTime, formatDateTimeLong } from "./format";

describe("time formatting", () => {
  const instant = new Date("2026-11-26T17:30:00Z");

  it("shows UTC instants in Jakarta by default", () => {
    expect(formatDateTime(instant)).toBe("27 Nov 2026, 00:30");
    expect(formatDateTimeLong(instant)).toBe("27 Nov 2026, 00:30:00 +07:00");
    expect(dayInZone(instant)).toBe("2026-11-27");
  });

  it("honours another zone", () => {
    expect(formatDateTime(instant, "Europe/London")).toBe("26 Nov 2026, 17:30");
    expect(dayInZone(instant, "UTC")).toBe("2026-11-26");
  });

  it("words an age", () => {
    expect(ageOf(new Date("2026-11-26T17:25:00Z"), instant)).toBe("5 minutes");
  });
});
