"use client";

import { useEffect } from "react";
import {
  keepPreviousData,
  useInfiniteQuery,
  useQueryClient,
  type QueryKey,
} from "@tanstack/react-query";
import { fetchColumnPage } from "@/browser/tickets/fetch-tickets";
import { sameFirstPage, withFreshFirstPage } from "@/lib/tickets/column-refresh";
import { ticketKeys, type ColumnQuery } from "@/lib/tickets/query-keys";
import type { ColumnData } from "@/lib/tickets/optimistic-close";
import type { BoardStatus, TicketColumnPage } from "@/lib/tickets/types";

/**
 * One column, page by page ("Load more"), refreshed in the background. A failed refresh keeps
 * the pages already shown (React Query keeps `data` next to `error`). No retries here: the
 * server's Damcorp client already retries what is safe to retry.
 *
 * The background refresh asks for the first page; only when it differs from the one shown
 * (lib/tickets/column-refresh.ts) are the other loaded pages asked for again. "Refresh now",
 * opening and closing a ticket invalidate the column and so reload every loaded page.
 */
export function useTicketColumn(
  status: BoardStatus,
  query: ColumnQuery,
  refetchIntervalMs: number | false,
) {
  const queryClient = useQueryClient();
  const queryKey = ticketKeys.column(status, query);
  const column = useInfiniteQuery<TicketColumnPage, Error, ColumnData, QueryKey, number>({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchColumnPage(status, query, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.tickets.length, 0);
      return last.tickets.length > 0 && loaded < last.total ? last.page + 1 : undefined;
    },
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 5_000,
  });

  const { refetch } = column;
  useEffect(() => {
    if (refetchIntervalMs === false) return;
    let controller: AbortController | null = null;
    const timer = window.setInterval(() => {
      if (document.hidden || controller) return; // as React Query: no refresh in a hidden tab
      const cached = queryClient.getQueryData<ColumnData>(queryKey);
      const first = cached?.pages[0];
      if (!cached || !first || cached.pages.length === 1) {
        void refetch();
        return;
      }
      controller = new AbortController();
      fetchColumnPage(status, query, 1, controller.signal)
        .then((fresh) => {
          // Still the same column (no close or filter change meanwhile)?
          if (queryClient.getQueryData<ColumnData>(queryKey) !== cached) return;
          if (sameFirstPage(first, fresh)) {
            queryClient.setQueryData<ColumnData>(queryKey, withFreshFirstPage(cached, fresh));
          } else return refetch();
        })
        // A failure goes through the query itself, so the board shows it as any failed load.
        .catch(() => (controller?.signal.aborted ? undefined : refetch()))
        .finally(() => (controller = null));
    }, refetchIntervalMs);
    return () => {
      window.clearInterval(timer);
      controller?.abort();
    };
    // queryKey is derived from status and query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, refetch, refetchIntervalMs, status, query]);

  return column;
}
