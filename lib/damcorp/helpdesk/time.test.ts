import { describe, expect, it } from "vitest";
import { parseHelpdeskTime, parseHelpdeskTimeOrNull } from "./time";

describe("parseHelpdeskTime", () => {
  it("reads the wall time in Asia/Jakarta (UTC+7) by default", () => {
    expect(parseHelpdeskTime("2019-02-15 18:00:09").toISOString()).toBe("2019-02-15T11:00:09.000Z");
  });

  it("crosses the date line backwards when needed", () => {
    expect(parseHelpdeskTime("2019-03-01 03:00:00").toISOString()).toBe("2019-02-28T20:00:00.000Z");
  });

  it("uses the given zone, including DST", () => {
    expect(parseHelpdeskTime("2019-02-15 18:00:09", "Asia/Makassar").toISOString()).toBe(
      "2019-02-15T10:00:09.000Z",
    );
    expect(parseHelpdeskTime("2019-07-01 12:00:00", "Europe/Amsterdam").toISOString()).toBe(
      "2019-07-01T10:00:00.000Z",
    );
    expect(parseHelpdeskTime("2019-01-01 12:00:00", "UTC").toISOString()).toBe(
      "2019-01-01T12:00:00.000Z",
    );
  });

  it("accepts a missing seconds part and a T separator", () => {
    expect(parseHelpdeskTime("2019-02-15T18:00").toISOString()).toBe("2019-02-15T11:00:00.000Z");
  });

  it("rejects malformed or impossible times", () => {
    expect(() => parseHelpdeskTime("15/02/2019 18:00")).toThrow(RangeError);
    expect(() => parseHelpdeskTime("2019-02-30 10:00:00")).toThrow("not a real date and time");
    expect(() => parseHelpdeskTime("2019-02-15 24:00:00")).toThrow(RangeError);
  });

  it("OrNull variant returns null for empty or bad values", () => {
    expect(parseHelpdeskTimeOrNull(null)).toBeNull();
    expect(parseHelpdeskTimeOrNull("")).toBeNull();
    expect(parseHelpdeskTimeOrNull("0000-00-00 00:00:00")).toBeNull();
    expect(parseHelpdeskTimeOrNull("2019-03-27 16:05:33")?.toISOString()).toBe(
      "2019-03-27T09:05:33.000Z",
    );
  });
});
