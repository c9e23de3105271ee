// The board's caches right after an agent closes a ticket, before the helpdesk confirms: the
// card leaves its column and heads the closed one. Pure, so the mutation can apply it to every
// cached column and restore the snapshot if the helpdesk refuses.
import type { InfiniteData } from "@tanstack/react-query";
import type { TicketCard, TicketColumnPage } from "./types";

export type ColumnData = InfiniteData<TicketColumnPage, number>;

export function withoutTicket(data: ColumnData, code: string): ColumnData {
  const present = data.pages.some((page) => page.tickets.some((t) => t.code === code));
  if (!present) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      tickets: page.tickets.filter((t) => t.code !== code),
      total: Math.max(0, page.total - 1),
    })),
  };
}

export function withClosedTicket(data: ColumnData, card: TicketCard, closedAt: Date): ColumnData {
  const [first, ...rest] = data.pages;
  if (!first || data.pages.some((page) => page.tickets.some((t) => t.code === card.code)))
    return data;
  const closed: TicketCard = { ...card, status: "closed", closedAt: closedAt.toISOString() };
  return {
    ...data,
    pages: [
      { ...first, tickets: [closed, ...first.tickets], total: first.total + 1 },
      ...rest.map((page) => ({ ...page, total: page.total + 1 })),
    ],
  };
}

/** Cards of all loaded pages, once each (a ticket can shift onto the next page between loads). */
export function flattenColumn(data: ColumnData | undefined): TicketCard[] {
  if (!data) return [];
  const seen = new Set<string>();
  const cards: TicketCard[] = [];
  for (const page of data.pages) {
    for (const card of page.tickets) {
      if (seen.has(card.code)) continue;
      seen.add(card.code);
      cards.push(card);
    }
  }
  return cards;
}
