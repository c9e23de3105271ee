import { describe, expect, it } from "vitest";
import {
  flattenColumn,
  withClosedTicket,
  withoutTicket,
  type ColumnData,
} from "./optimistic-close";
import type { BoardStatus, TicketCard } from "./types";

const card = (code: string, status: BoardStatus = "open"): TicketCard => ({
  code,
  status,
  problem: null,
  customerName: `Customer ${code}`,
  customerNumber: "628123456789",
  operatorName: null,
  responses: 1,
  createdAt: "2026-11-26T01:00:00.000Z",
  closedAt: null,
});

const column = (status: BoardStatus, pages: string[][], total: number): ColumnData => ({
  pageParams: pages.map((_, i) => i + 1),
  pages: pages.map((codes, i) => ({
    status,
    tickets: codes.map((c) => card(c, status)),
    total,
    page: i + 1,
    perPage: 2,
    pagingIgnored: false,
    fetchedAt: "2026-11-26T01:00:00.000Z",
    ageMs: 0,
    stale: null,
  })),
});

describe("optimistic close", () => {
  it("takes the card out of its column and lowers the count", () => {
    const next = withoutTicket(column("open", [["3", "2"], ["1"]], 3), "2");
    expect(flattenColumn(next).map((c) => c.code)).toEqual(["3", "1"]);
    expect(next.pages.map((p) => p.total)).toEqual([2, 2]);
  });

  it("leaves a column without the card untouched", () => {
    const data = column("processing", [["5"]], 1);
    expect(withoutTicket(data, "2")).toBe(data);
  });

  it("puts the card, closed, at the top of Closed and raises the count once", () => {
    const closedAt = new Date("2026-11-26T12:00:00Z");
    const next = withClosedTicket(column("closed", [["9", "8"]], 7), card("2"), closedAt);
    expect(flattenColumn(next)[0]).toMatchObject({
      code: "2",
      status: "closed",
      closedAt: closedAt.toISOString(),
    });
    expect(next.pages[0]?.total).toBe(8);
    expect(withClosedTicket(next, card("2"), closedAt)).toBe(next);
  });

  it("shows a ticket that shifted onto the next page only once", () => {
    expect(
      flattenColumn(
        column(
          "closed",
          [
            ["3", "2"],
            ["2", "1"],
          ],
          4,
        ),
      ).map((c) => c.code),
    ).toEqual(["3", "2", "1"]);
  });
});
