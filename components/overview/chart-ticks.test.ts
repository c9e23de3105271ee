import { describe, expect, it } from "vitest";
import { chartTicks } from "./chart-ticks";

describe("chartTicks", () => {
  it("covers the busiest day in at most four round steps", () => {
    expect(chartTicks(173)).toEqual([0, 50, 100, 150, 200]);
    expect(chartTicks(1000)).toEqual([0, 500, 1000]);
    expect(chartTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(chartTicks(12_345)).toEqual([0, 5000, 10_000, 15_000]);
  });

  it("uses whole-number steps for small counts and an axis of 0–1 for none", () => {
    expect(chartTicks(3)).toEqual([0, 1, 2, 3]);
    expect(chartTicks(1)).toEqual([0, 1]);
    expect(chartTicks(0)).toEqual([0, 1]);
  });
});
