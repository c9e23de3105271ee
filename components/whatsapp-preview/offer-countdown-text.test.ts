import { describe, expect, it } from "vitest";
import { describeOfferCountdown } from "./offer-countdown-text";

const now = new Date("2026-03-01T10:00:00Z");
const after = (ms: number) => new Date(now.getTime() + ms);
const s = 1000;
const min = 60 * s;
const h = 60 * min;
const day = 24 * h;

describe("offer countdown wording", () => {
  it("shows days and hours while more than a day is left", () => {
    expect(describeOfferCountdown(after(2 * day + 4 * h + 59 * min), now)).toBe(
      "Offer ends in 2 days 4 h",
    );
    expect(describeOfferCountdown(after(1 * day + 30 * min), now)).toBe("Offer ends in 1 day");
    expect(describeOfferCountdown(after(14 * day), now)).toBe("Offer ends in 14 days");
  });

  it("shows hours and minutes, then minutes, then seconds", () => {
    expect(describeOfferCountdown(after(23 * h + 59 * min + 59 * s), now)).toBe(
      "Offer ends in 23 h 59 min",
    );
    expect(describeOfferCountdown(after(3 * h + 20 * s), now)).toBe("Offer ends in 3 h");
    expect(describeOfferCountdown(after(5 * min + 59 * s), now)).toBe("Offer ends in 5 min");
    expect(describeOfferCountdown(after(40 * s + 999), now)).toBe("Offer ends in 40 s");
  });

  it("says when the offer has ended or the date is unusable", () => {
    expect(describeOfferCountdown(now, now)).toBe("Offer ended");
    expect(describeOfferCountdown(after(-5 * min), now)).toBe("Offer ended");
    expect(describeOfferCountdown(new Date("not a date"), now)).toBe(
      "Offer expiry is not a valid date",
    );
  });
});
