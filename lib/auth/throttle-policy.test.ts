import { describe, expect, it } from "vitest";
import { MAX_DELAY_MS, throttleDelayMs, throttleKind } from "./throttle-policy";

describe("throttleDelayMs", () => {
  it("lets the first failures through without delay", () => {
    expect(throttleDelayMs(1, "email")).toBe(0);
    expect(throttleDelayMs(2, "email")).toBe(0);
    expect(throttleDelayMs(19, "ip")).toBe(0);
  });

  it("doubles the delay with every further failure", () => {
    expect(throttleDelayMs(3, "email")).toBe(2000);
    expect(throttleDelayMs(4, "email")).toBe(4000);
    expect(throttleDelayMs(5, "email")).toBe(8000);
    expect(throttleDelayMs(20, "ip")).toBe(2000);
  });

  it("never exceeds the cap: no permanent lock-out", () => {
    expect(throttleDelayMs(500, "email")).toBe(MAX_DELAY_MS);
  });

  it("tells address keys from account keys", () => {
    expect(throttleKind("ip:10.0.0.1")).toBe("ip");
    expect(throttleKind("email:a@b.c")).toBe("email");
  });
});
