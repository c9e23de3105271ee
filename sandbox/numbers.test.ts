import { describe, expect, it } from "vitest";
import { judgeRecipient, normaliseNumber, validNumberOrNull } from "./numbers";

describe("normaliseNumber", () => {
  it.each([
    ["081234567890", "6281234567890"],
    ["81234567890", "6281234567890"],
    ["+6281234567890", "6281234567890"],
    ["6281234567890", "6281234567890"],
    [" +14155550100 ", "14155550100"],
  ])("%s → %s", (raw, digits) => {
    expect(normaliseNumber(raw)).toEqual({ digits, wellFormed: true });
  });

  it("flags anything but digits and a leading plus", () => {
    expect(normaliseNumber("0812-3456-7890").wellFormed).toBe(false);
    expect(normaliseNumber("+0812345678").wellFormed).toBe(false);
    expect(normaliseNumber("").wellFormed).toBe(false);
  });
});

describe("judgeRecipient", () => {
  it.each([
    ["6281234", "invalid"],
    ["628123456", "invalid"], // 9 digits
    ["6281234567", "deliverable"], // 10 digits
    ["628123456789012", "deliverable"], // 15 digits
    ["6281234567890123", "invalid"], // 16 digits
    ["62812abc4567", "invalid"],
    ["6281234560000", "failed"],
    ["081234560000", "failed"],
  ])("%s is %s", (raw, verdict) => {
    expect(judgeRecipient(raw).verdict).toBe(verdict);
  });

  it("validNumberOrNull accepts only usable numbers", () => {
    expect(validNumberOrNull("08123456789")).toBe("628123456789");
    expect(validNumberOrNull("123")).toBeNull();
  });
});
