"use client";

import { keepPreviousData, useInfiniteQuery, type QueryKey } from "@tanstack/react-query";
import { fetchColumnPage } from "@/browser/tickets/fetch-tickets";
import { ticketKeys, type ColumnQuery } from "@/lib/tickets/query-keys";
import type { ColumnData } from "@/lib/tickets/optimistic-close";
import type { BoardStatus, TicketColumnPage } from "@/lib/tickets/types";

/**
 * One column, page by page ("Load more"), refreshed in the background. A failed refresh keeps
 * the pages already shown (React Query keeps `data` next to `error`). No retries here: the
 * server's Damcorp client already retries what is safe to retry.
 */
export function useTicketColumn(
  status: BoardStatus,
  query: ColumnQuery,
  refetchIntervalMs: number | false,
) {
  return useInfiniteQuery<TicketColumnPage, Error, ColumnData, QueryKey, number>({
    queryKey: ticketKeys.column(status, query),
    queryFn: ({ pageParam, signal }) => fetchColumnPage(status, query, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.tickets.length, 0);
      return last.tickets.length > 0 && loaded < last.total ? last.page + 1 : undefined;
    },
    refetchInterval: refetchIntervalMs,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 5_000,
  });
}
