import { describe, expect, it } from "vitest";
import { displayNumber } from "./display-number";

describe("one way to show a number", () => {
  it.each([
    ["6281234567890", "+6281234567890"], // Damcorp's answers and stored recipients
    ["081234567890", "+6281234567890"], // the helpdesk's operator numbers
    ["81234567890", "+6281234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["+6834002", "+6834002"],
  ])("%s → %s", (written, shown) => {
    expect(displayNumber(written)).toBe(shown);
  });

  it("shows what it cannot read as written", () => {
    expect(displayNumber(" 12ab ")).toBe("12ab");
  });
});
