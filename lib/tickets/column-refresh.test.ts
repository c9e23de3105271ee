import { describe, expect, it } from "vitest";
import { sameFirstPage, withFreshFirstPage } from "./column-refresh";
import type { ColumnData } from "./optimistic-close";
import type { TicketCard, TicketColumnPage } from "./types";

const card = (code: string, extra: Partial<TicketCard> = {}): TicketCard =>
  ({
    code,
    status: "open",
    customerName: "Siti",
    customerNumber: "6281200000001",
    problem: "Order late",
    operatorName: null,
    createdAt: "2026-12-01T08:00:00.000Z",
    closedAt: null,
    ...extra,
  }) as TicketCard;

const page = (n: number, codes: string[], extra: Partial<TicketColumnPage> = {}) =>
  ({
    status: "open",
    tickets: codes.map((c) => card(c)),
    total: 60,
    page: n,
    perPage: 20,
    pagingIgnored: false,
    fetchedAt: "2026-12-01T08:00:00.000Z",
    ageMs: 0,
    stale: null,
    ...extra,
  }) as TicketColumnPage;

describe("refreshing a column from its first page", () => {
  const cached = page(1, ["3", "2", "1"]);

  it("sees no change when only the time of the answer moved", () => {
    const fresh = { ...page(1, ["3", "2", "1"]), fetchedAt: "2026-12-01T08:00:30.000Z", ageMs: 4 };
    expect(sameFirstPage(cached, fresh)).toBe(true);
  });

  it("sees a new ticket, a removed one, a changed count and a changed card", () => {
    expect(sameFirstPage(cached, page(1, ["4", "3", "2"]))).toBe(false);
    expect(sameFirstPage(cached, page(1, ["3", "1"]))).toBe(false);
    expect(sameFirstPage(cached, page(1, ["3", "2", "1"], { total: 59 }))).toBe(false);
    const reassigned = page(1, ["3", "2", "1"]);
    reassigned.tickets[1] = card("2", { operatorName: "Budi" });
    expect(sameFirstPage(cached, reassigned)).toBe(false);
  });

  it("sees a first page that became the last good answer", () => {
    const note = { problem: { code: "429", title: "Busy" }, retryAt: null };
    const stale = page(1, ["3", "2", "1"], { stale: note as TicketColumnPage["stale"] });
    expect(sameFirstPage(cached, stale)).toBe(false);
  });

  it("keeps the later pages and takes the fresh first page's age", () => {
    const data: ColumnData = { pages: [cached, page(2, ["0"])], pageParams: [1, 2] };
    const fresh = { ...cached, fetchedAt: "2026-12-01T08:01:00.000Z" };
    const next = withFreshFirstPage(data, fresh);
    expect(next.pages[0]).toBe(fresh);
    expect(next.pages[1]).toBe(data.pages[1]);
    expect(next.pageParams).toEqual([1, 2]);
  });
});
