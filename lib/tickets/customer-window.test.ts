import { describe, expect, it } from "vitest";
import { customerWindow, formatRemaining } from "./customer-window";

const now = new Date("2026-11-26T12:00:00Z");

describe("the 24-hour rule", () => {
  it("is open for 24 hours after the customer's last message", () => {
    expect(customerWindow("2026-11-26T02:00:00Z", now)).toMatchObject({
      open: true,
      remainingMs: 14 * 3600_000,
    });
  });

  it("closes after exactly 24 hours, and is closed when the customer never wrote", () => {
    expect(customerWindow("2026-11-25T12:00:00Z", now).open).toBe(false);
    expect(customerWindow("2026-11-25T12:00:01Z", now).open).toBe(true);
    expect(customerWindow(null, now)).toEqual({ open: false, lastCustomerMessageAt: null });
  });

  it("says how long is left", () => {
    expect(formatRemaining(14 * 3600_000)).toBe("14 h");
    expect(formatRemaining(3 * 3600_000 + 5 * 60_000 + 30_000)).toBe("3 h 5 min");
    expect(formatRemaining(20_000)).toBe("1 min");
  });
});
