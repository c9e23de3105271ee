import { describe, expect, it } from "vitest";
import {
  boardFiltersToSearchParams,
  parseBoardFilters,
  presetRange,
  ticketHref,
} from "./board-filters";

const today = "2026-11-26";

describe("board filters in the URL", () => {
  it("default to the last 30 days, 20 per page, no search, no panel", () => {
    expect(parseBoardFilters({}, today)).toEqual({
      range: "30d",
      from: "2026-10-28",
      to: today,
      q: "",
      perPage: 20,
      ticket: null,
    });
    expect(boardFiltersToSearchParams(parseBoardFilters({}, today)).toString()).toBe("");
  });

  it("reads the quick picks relative to today", () => {
    expect(parseBoardFilters({ range: "today" }, today)).toMatchObject({ from: today, to: today });
    expect(parseBoardFilters(new URLSearchParams("range=7d"), today)).toMatchObject({
      range: "7d",
      from: "2026-11-20",
      to: today,
    });
  });

  it("takes fixed days over a preset, and falls back when they are unreadable or reversed", () => {
    expect(
      parseBoardFilters({ range: "7d", from: "2026-01-01", to: "2026-01-31" }, today),
    ).toMatchObject({
      range: "custom",
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(parseBoardFilters({ from: "2026-02-30", to: "2026-03-01" }, today).range).toBe("30d");
    expect(parseBoardFilters({ from: "2026-03-02", to: "2026-03-01" }, today).range).toBe("30d");
    expect(parseBoardFilters({ range: "forever" }, today).range).toBe("30d");
  });

  it("keeps only allowed page sizes and plain ticket codes", () => {
    expect(parseBoardFilters({ perPage: "50" }, today).perPage).toBe(50);
    expect(parseBoardFilters({ perPage: "5000" }, today).perPage).toBe(20);
    expect(parseBoardFilters({ ticket: "1060" }, today).ticket).toBe("1060");
    expect(parseBoardFilters({ ticket: "<script>" }, today).ticket).toBeNull();
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const filters = parseBoardFilters(
      { from: "2026-11-01", to: "2026-11-15", q: " Arif ", perPage: "10", ticket: "1060" },
      today,
    );
    const query = boardFiltersToSearchParams(filters).toString();
    expect(query).toBe("from=2026-11-01&to=2026-11-15&q=Arif&perPage=10&ticket=1060");
    expect(parseBoardFilters(new URLSearchParams(query), today)).toEqual(filters);
    expect(
      boardFiltersToSearchParams(parseBoardFilters({ range: "today" }, today)).toString(),
    ).toBe("range=today");
  });

  it("counts presets back from today across months", () => {
    expect(presetRange("30d", "2026-03-10")).toEqual({ from: "2026-02-09", to: "2026-03-10" });
  });

  it("links to one ticket's panel", () => {
    expect(ticketHref("1060")).toBe("/tickets?ticket=1060");
  });
});
