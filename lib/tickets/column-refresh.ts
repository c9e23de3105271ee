// The board's background refresh of a column with several pages loaded ("Load more"): it asks
// for the first page only, and asks for every loaded page again only when that page or the
// column's count changed. A board with 1,000 loaded cards in 50 pages then costs one request
// per column and refresh, not 50. Pure, so the rule is tested without a browser.
import type { ColumnData } from "./optimistic-close";
import type { TicketColumnPage } from "./types";

/** What a page says, without when it was fetched (which always differs). */
function content(page: TicketColumnPage): string {
  return JSON.stringify({ ...page, fetchedAt: undefined, ageMs: undefined });
}

/**
 * Whether the fresh first page says what the cached one does: the same tickets, in the same
 * order with the same fields, the same count, and no new "last good answer" note. Then nothing
 * was added to or removed from the column, and the later pages still hold what they held.
 */
export function sameFirstPage(cached: TicketColumnPage, fresh: TicketColumnPage): boolean {
  return content(cached) === content(fresh);
}

/** The column with its first page replaced by an unchanged fresh one: only its age moves. */
export function withFreshFirstPage(data: ColumnData, fresh: TicketColumnPage): ColumnData {
  return { ...data, pages: [fresh, ...data.pages.slice(1)] };
}
