import { describe, expect, it } from "vitest";
import { orderedId } from "./ordered-id";

describe("orderedId", () => {
  it("sorts in the order the ids were made, within one millisecond and across many", () => {
    const ids = Array.from({ length: 10_000 }, () => orderedId(1_764_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const later = orderedId(1_764_000_000_000);
    expect(later > ids.at(-1)!).toBe(true);
  });

  it("is a version 7 UUID", () => {
    expect(orderedId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("never goes back when the clock does", () => {
    const first = orderedId(2_000_000_000_000);
    expect(orderedId(1_000_000_000_000) > first).toBe(true);
  });
});
