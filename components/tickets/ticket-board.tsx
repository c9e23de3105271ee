"use client";

import { useCallback, useDeferredValue, useMemo, useState } from "react";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useIsMutating, useQueryClient } from "@tanstack/react-query";
import { todayIn } from "@/lib/time/days";
import { flattenColumn } from "@/lib/tickets/optimistic-close";
import { ticketKeys, ticketMutationKeys, type ColumnQuery } from "@/lib/tickets/query-keys";
import { matchesSearch } from "@/lib/tickets/search";
import { BOARD_STATUSES, type BoardStatus, type TicketCard } from "@/lib/tickets/types";
import {
  columnKeyboardCoordinates,
  dndAnnouncements,
  dndInstructions,
  statusOfDropId,
} from "./board-dnd";
import { BoardToolbar } from "./board-toolbar";
import { CloseTicketDialog } from "./close-ticket-dialog";
import { HelpdeskBanner, type BoardProblem } from "./helpdesk-banner";
import { TicketCardBody } from "./ticket-card";
import { TicketColumn, type ColumnView } from "./ticket-column";
import { TicketDrawer } from "./ticket-drawer";
import { useBoardFilters } from "./use-board-filters";
import { useCloseTicket } from "./use-close-ticket";
import { useNow } from "./use-now";
import { useRefreshInterval } from "./use-refresh-interval";
import { useTicketColumn } from "./use-ticket-column";

type ColumnQueryResult = ReturnType<typeof useTicketColumn>;

/**
 * What a column shows. Memoised on what it is made of, so the column (and its cards) render
 * again only when their tickets, state or the search change, not when the panel opens.
 */
function useColumnView(status: BoardStatus, query: ColumnQueryResult, search: string): ColumnView {
  const { data, isPending, isError, isPlaceholderData, hasNextPage, isFetchingNextPage } = query;
  const { fetchNextPage } = query;
  const all = useMemo(() => flattenColumn(data), [data]);
  const cards = useMemo(
    () => (search ? all.filter((card) => matchesSearch(card, search)) : all),
    [all, search],
  );
  return useMemo(() => {
    const pages = data?.pages ?? [];
    return {
      status,
      cards,
      loaded: all.length,
      total: pages[0]?.total ?? null,
      loading: (isPending && !isError) || isPlaceholderData,
      // Nothing to show and the last load failed: the column says so, never "no tickets".
      failed: isError && !data,
      pagingIgnored: pages.some((page) => page.pagingIgnored),
      perPage: pages[0]?.perPage ?? null,
      hasMore: hasNextPage,
      loadingMore: isFetchingNextPage,
      onLoadMore: () => void fetchNextPage(),
    };
  }, [
    status,
    data,
    all,
    cards,
    isPending,
    isError,
    isPlaceholderData,
    hasNextPage,
    isFetchingNextPage,
    fetchNextPage,
  ]);
}

/**
 * When the helpdesk gave what a column shows, on this browser's clock: the answer's age at the
 * server taken from when it arrived here (the server's clock may differ from the browser's).
 */
function shownSinceOf(column: ColumnQueryResult): number | null {
  const first = column.data?.pages[0];
  return first ? column.dataUpdatedAt - first.ageMs : null;
}

/** The first column whose tickets are not live: a failed load, or the last good answer. */
function boardProblem(
  statuses: readonly BoardStatus[],
  columns: readonly ColumnQueryResult[],
): BoardProblem | null {
  for (const [index, column] of columns.entries()) {
    const status = statuses[index]!;
    const pages = column.data?.pages ?? [];
    const shownSince = shownSinceOf(column);
    if (column.error) return { status, error: column.error, shownSince };
    const stale = pages.find((page) => page.stale)?.stale;
    if (stale) return { status, stale, shownSince };
  }
  return null;
}

/**
 * The helpdesk board: three columns fed by the helpdesk's list-by-status endpoint, filtered by
 * the URL, refreshed in the background, with the ticket panel, open and close.
 */
export function TicketBoard({
  timeZone,
  helpdeskTimeZone,
  canAct,
}: {
  timeZone: string;
  helpdeskTimeZone: string;
  /** Agents and admins open and close tickets; viewers only read. */
  canAct: boolean;
}) {
  const queryClient = useQueryClient();
  // Ages and "today" move on their own; a minute is precise enough for both.
  const now = useNow(30_000);
  const today = todayIn(timeZone, now);
  const { filters, setFilters } = useBoardFilters(today);
  const [refreshSeconds, setRefreshSeconds] = useRefreshInterval();
  const closingCount = useIsMutating({ mutationKey: ticketMutationKeys.close });
  // No background refresh while a close is on its way: it would undo the optimistic move.
  const refetchInterval = refreshSeconds > 0 && closingCount === 0 ? refreshSeconds * 1000 : false;

  const query: ColumnQuery = useMemo(
    () => ({ from: filters.from, to: filters.to, perPage: filters.perPage }),
    [filters.from, filters.to, filters.perPage],
  );
  const open = useTicketColumn("open", query, refetchInterval);
  const processing = useTicketColumn("processing", query, refetchInterval);
  const closed = useTicketColumn("closed", query, refetchInterval);
  const columns = [open, processing, closed] as const;
  // Typing in the search box stays immediate; filtering hundreds of cards follows when idle.
  const search = useDeferredValue(filters.q);
  const views = [
    useColumnView("open", open, search),
    useColumnView("processing", processing, search),
    useColumnView("closed", closed, search),
  ];

  // The age of what is shown is the helpdesk's answer's, which users share (not this tab's fetch).
  const updatedTimes = columns.map(shownSinceOf).filter((t): t is number => t !== null);
  const oldestUpdate = updatedTimes.length === columns.length ? Math.min(...updatedTimes) : null;
  const problem = boardProblem(BOARD_STATUSES, columns);
  const refreshing = columns.some((c) => c.isFetching);

  const refreshNow = useCallback(
    () => queryClient.invalidateQueries({ queryKey: ticketKeys.all }),
    [queryClient],
  );

  const closeTicket = useCloseTicket();
  const [pendingClose, setPendingClose] = useState<TicketCard | null>(null);
  const requestCloseAny = useCallback((card: TicketCard) => setPendingClose(card), []);
  const requestClose = canAct ? requestCloseAny : undefined;
  const closingCode = closeTicket.isPending ? closeTicket.variables?.code : undefined;

  const [dragged, setDragged] = useState<TicketCard | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  function onDragStart(event: DragStartEvent) {
    setDragged((event.active.data.current?.card as TicketCard | undefined) ?? null);
  }
  function onDragEnd(event: DragEndEvent) {
    const card = event.active.data.current?.card as TicketCard | undefined;
    setDragged(null);
    if (card && card.status !== "closed" && statusOfDropId(event.over?.id) === "closed") {
      setPendingClose(card);
    }
  }

  const openTicketPanel = useCallback((code: string) => setFilters({ ticket: code }), [setFilters]);

  const zoneNote =
    timeZone === helpdeskTimeZone
      ? null
      : `Dates are days in the helpdesk's time zone (${helpdeskTimeZone}); times are shown in yours (${timeZone}).`;

  return (
    <div className="flex flex-col gap-4">
      <BoardToolbar
        filters={filters}
        onChange={setFilters}
        refreshSeconds={refreshSeconds}
        onRefreshSecondsChange={setRefreshSeconds}
        updatedAt={oldestUpdate}
        refreshing={refreshing}
        onRefreshNow={() => void refreshNow()}
        zoneNote={zoneNote}
      />

      {problem ? (
        <HelpdeskBanner
          problem={problem}
          timeZone={timeZone}
          refreshSeconds={refreshSeconds}
          retrying={refreshing}
          onRetry={() => void refreshNow()}
        />
      ) : null}

      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
        accessibility={{
          announcements: dndAnnouncements,
          screenReaderInstructions: dndInstructions,
        }}
      >
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
          {views.map((view) => (
            <TicketColumn
              key={view.status}
              view={view}
              search={search}
              timeZone={timeZone}
              now={now}
              dragging={dragged !== null}
              onOpen={openTicketPanel}
              canMessage={canAct}
              onRequestClose={requestClose}
            />
          ))}
        </div>
        <DragOverlay>
          {dragged ? (
            <div aria-hidden className="rounded-md border border-brand-400 bg-white p-3 shadow-lg">
              <TicketCardBody card={dragged} timeZone={timeZone} now={now} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>

      {filters.ticket ? (
        <TicketDrawer
          key={filters.ticket}
          code={filters.ticket}
          timeZone={timeZone}
          refetchIntervalMs={refetchInterval}
          closing={closingCode === filters.ticket}
          canMessage={canAct}
          onClose={() => setFilters({ ticket: null })}
          onRequestClose={requestClose}
        />
      ) : null}

      <CloseTicketDialog
        card={pendingClose}
        onCancel={() => setPendingClose(null)}
        onConfirm={(card) => {
          setPendingClose(null);
          closeTicket.mutate(card);
        }}
      />
    </div>
  );
}
