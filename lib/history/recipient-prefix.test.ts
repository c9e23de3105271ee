import { describe, expect, it } from "vitest";
import { normalizeRecipientPrefix, prefixRange } from "./recipient-prefix";

describe("normalizeRecipientPrefix", () => {
  it.each([
    ["0812", "62812"],
    ["0812-3456", "628123456"],
    ["812 34", "6281234"],
    ["+62 812 34", "6281234"],
    ["62812", "62812"],
    ["0062812", "62812"],
    ["+65 9123", "659123"],
    ["(0812) 3", "628123"],
  ])("reads %s as the start of %s", (input, digits) => {
    expect(normalizeRecipientPrefix(input)).toEqual({ ok: true, digits });
  });

  it.each([
    ["08a1", /digits only/],
    ["62+812", /\+ can only come first/],
    ["62", /at least 3 digits/],
    ["1234567890123456", /at most 15 digits/],
  ])("refuses %s", (input, message) => {
    const result = normalizeRecipientPrefix(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("gives a text range that holds exactly the numbers with the prefix", () => {
    const { low, high } = prefixRange("62812");
    const inRange = (n: string) => n >= low && n < high;
    expect(inRange("62812")).toBe(true);
    expect(inRange("6281299999999")).toBe(true);
    expect(inRange("6281300000000")).toBe(false);
    expect(inRange("6281199999999")).toBe(false);
  });

  it("counts a prefix up past its trailing nines, and bounds an all-nines prefix", () => {
    expect(prefixRange("62819")).toEqual({ low: "62819", high: "6282" });
    expect(prefixRange("628999")).toEqual({ low: "628999", high: "629" });
    const { low, high } = prefixRange("999");
    expect("999123456789012" >= low && "999123456789012" < high).toBe(true);
    expect("998999999999999" >= low).toBe(false);
  });
});
