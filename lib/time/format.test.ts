import { describe, expect, it } from "vitest";
import {
  ageOf,
  dayInZone,
  formatClockTime,
  formatDateTime,
  formatDateTimeLong,
  zoneLabel,
} from "./format";

describe("time formatting", () => {
  const instant = new Date("2026-11-26T17:30:00Z");

  it("shows UTC instants in Jakarta by default", () => {
    expect(formatDateTime(instant)).toBe("27 Nov 2026, 00:30");
    expect(formatDateTimeLong(instant)).toBe("27 Nov 2026, 00:30:00 WIB");
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

describe("time formatting without a date library", () => {
  it("matches the formats Kabar has always shown", () => {
    const september = new Date("2026-09-05T01:02:03Z");
    expect(formatDateTime(september, "UTC")).toBe("5 Sep 2026, 01:02");
    expect(formatDateTimeLong(september, "America/Sao_Paulo")).toBe("4 Sep 2026, 22:02:03 -03:00");
    expect(formatDateTimeLong(september, "Asia/Kolkata")).toBe("5 Sep 2026, 06:32:03 +05:30");
    expect(formatClockTime(september, "Asia/Jakarta")).toBe("08:02:03");
    expect(dayInZone(new Date("2026-01-31T23:59:59Z"), "Asia/Jakarta")).toBe("2026-02-01");
    expect(formatDateTime(new Date("2026-03-01T00:00:00Z"), "Asia/Jakarta")).toBe(
      "1 Mar 2026, 07:00",
    );
  });

  it("words ages with the largest unit that fits, rounded", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const ago = (ms: number) => ageOf(new Date(now.getTime() - ms), now);
    expect(ago(0)).toBe("0 seconds");
    expect(ago(1000)).toBe("1 second");
    expect(ago(59_000)).toBe("59 seconds");
    expect(ago(60_000)).toBe("1 minute");
    expect(ago(90 * 60_000)).toBe("2 hours");
    expect(ago(23 * 3_600_000)).toBe("23 hours");
    expect(ago(36 * 3_600_000)).toBe("2 days");
    expect(ago(29 * 86_400_000)).toBe("29 days");
    expect(ago(45 * 86_400_000)).toBe("2 months");
    expect(ago(364 * 86_400_000)).toBe("1 year");
    expect(ago(800 * 86_400_000)).toBe("2 years");
  });
});

describe("time formatting in Indonesian", () => {
  const instant = new Date("2026-12-01T20:44:09Z");

  it("uses Indonesian month names and a period in the time", () => {
    expect(formatDateTime(instant, "Asia/Jakarta", "id")).toBe("2 Des 2026 03.44");
    expect(formatDateTime(new Date("2026-05-10T01:00:00Z"), "UTC", "id")).toBe("10 Mei 2026 01.00");
    expect(formatDateTime(new Date("2026-08-17T01:00:00Z"), "UTC", "id")).toBe("17 Agu 2026 01.00");
    expect(formatClockTime(instant, "Asia/Jakarta", "id")).toBe("03.44.09");
  });

  it("names Indonesia's zones WIB, WITA and WIT, and other zones by their offset", () => {
    expect(formatDateTimeLong(instant, "Asia/Jakarta", "id")).toBe("2 Des 2026 03.44.09 WIB");
    expect(formatDateTimeLong(instant, "Asia/Makassar", "id")).toBe("2 Des 2026 04.44.09 WITA");
    expect(formatDateTimeLong(instant, "Asia/Jayapura")).toBe("2 Dec 2026, 05:44:09 WIT");
    expect(zoneLabel("Asia/Pontianak")).toBe("WIB");
    expect(zoneLabel("Asia/Singapore", instant)).toBe("+08:00");
  });

  it("words ages without plurals", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    expect(ageOf(new Date(now.getTime() - 60_000), now, "id")).toBe("1 menit");
    expect(ageOf(new Date(now.getTime() - 36 * 3_600_000), now, "id")).toBe("2 hari");
  });
});
