"use client";

import { memo, useEffect, useRef, useState } from "react";
import clsx from "clsx";
import { useDroppable } from "@dnd-kit/core";
import { boardStatusLabels, type BoardStatus, type TicketCard as Card } from "@/lib/tickets/types";
import { columnDropId } from "./board-dnd";
import { TicketCard } from "./ticket-card";

export type ColumnView = {
  status: BoardStatus;
  /** Cards loaded so far that match the search. */
  cards: Card[];
  /** Cards loaded so far (before the search). */
  loaded: number;
  /** Every ticket in the range, as the helpdesk counts them; null until the first answer. */
  total: number | null;
  loading: boolean;
  /** The last load failed and nothing was loaded before: the column cannot say what it holds. */
  failed: boolean;
  /** The helpdesk answered a later page with the first one again (it ignores `page`). */
  pagingIgnored: boolean;
  perPage: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
};

/**
 * Cards rendered at first, and added each time the list is scrolled to its end: a column with
 * 1,000 loaded tickets renders (and registers for dragging) 50 cards, not 1,000.
 */
export const CARD_BATCH = 50;

/** Renders `batch` more cards when its end scrolls into view inside the column's list. */
function useGrowingLimit(batch: number) {
  const [limit, setLimit] = useState(batch);
  const listRef = useRef<HTMLUListElement>(null);
  const endRef = useRef<HTMLLIElement>(null);
  const showMore = () => setLimit((n) => n + batch);
  useEffect(() => {
    const end = endRef.current;
    if (!end || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + batch);
      },
      { root: listRef.current, rootMargin: "400px 0px" },
    );
    observer.observe(end);
    return () => observer.disconnect();
  });
  return { limit, showMore, listRef, endRef };
}

/** One column of the board. Memoised: the board re-renders on every URL change (the panel). */
export const TicketColumn = memo(function TicketColumn({
  view,
  search,
  timeZone,
  now,
  dragging,
  onOpen,
  canMessage,
  onRequestClose,
}: {
  view: ColumnView;
  search: string;
  timeZone: string;
  now: Date;
  /** A card is being dragged: the Closed column shows where to drop it. */
  dragging: boolean;
  onOpen: (code: string) => void;
  canMessage: boolean;
  onRequestClose?: (card: Card) => void;
}) {
  const { status, cards, loaded, total } = view;
  const label = boardStatusLabels[status];
  const headingId = `column-${status}-heading`;
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(status) });
  const dropTarget = dragging && status === "closed";
  const { limit, showMore, listRef, endRef } = useGrowingLimit(CARD_BATCH);
  const shown = cards.length > limit ? cards.slice(0, limit) : cards;

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      aria-busy={view.loading}
      className={clsx(
        "flex min-w-0 flex-col rounded-lg border bg-slate-50 transition-colors",
        dropTarget ? "border-dashed border-brand-500" : "border-slate-200",
        dropTarget && isOver && "bg-brand-50",
      )}
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
        <h2 id={headingId} className="flex items-center gap-2 font-semibold">
          {label}
          <span
            data-testid={`count-${status}`}
            aria-label={total === null ? "count loading" : `${total} tickets`}
            className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-200"
          >
            {total ?? "…"}
          </span>
        </h2>
        {dropTarget ? (
          <span className="text-xs font-medium text-brand-700">Drop here to close</span>
        ) : null}
      </header>

      {search && total !== null ? (
        <p className="px-3 pt-2 text-xs text-slate-600" data-testid={`search-note-${status}`}>
          {cards.length} of {loaded} loaded match{cards.length === 1 ? "es" : ""}
          {loaded < total ? ` (${total - loaded} not loaded yet)` : ""}
        </p>
      ) : null}

      {/* relative: the cards' screen-reader-only texts are absolutely placed, and must stay
          inside this scrolling list rather than stretch the page. */}
      <ul
        ref={listRef}
        className="relative flex max-h-[68vh] min-h-24 flex-col gap-2 overflow-y-auto p-3"
      >
        {view.failed ? (
          <li
            className="px-1 py-6 text-center text-sm text-red-800"
            data-testid={`failed-${status}`}
          >
            {label} tickets could not be loaded. The banner above says why.
          </li>
        ) : view.loading && cards.length === 0 ? (
          [0, 1, 2].map((i) => (
            <li key={i} aria-hidden className="h-24 animate-pulse rounded-md bg-slate-200/70" />
          ))
        ) : cards.length === 0 ? (
          <li className="px-1 py-6 text-center text-sm text-slate-500">
            {search
              ? `No loaded ${label.toLowerCase()} ticket matches “${search}”.`
              : `No ${label.toLowerCase()} tickets in this date range.`}
          </li>
        ) : (
          shown.map((card) => (
            <TicketCard
              key={card.code}
              card={card}
              timeZone={timeZone}
              now={now}
              onOpen={onOpen}
              canMessage={canMessage}
              onRequestClose={onRequestClose}
            />
          ))
        )}
        {shown.length < cards.length ? (
          <li ref={endRef} className="text-center">
            <button
              type="button"
              onClick={showMore}
              className="text-xs font-medium text-brand-700 underline hover:text-brand-900"
            >
              Show more ({shown.length} of {cards.length} shown)
            </button>
          </li>
        ) : null}
      </ul>

      {view.pagingIgnored ? (
        <p
          className="border-t border-slate-200 px-3 py-2 text-xs text-amber-800"
          data-testid={`paging-ignored-${status}`}
        >
          The helpdesk sent the first page again when asked for the next one: it ignores paging, so
          only the first {view.perPage ?? loaded} of {total ?? "?"} can be shown here. Choose a
          larger page size or a shorter date range to see the rest.
        </p>
      ) : null}

      {view.hasMore ? (
        <div className="border-t border-slate-200 p-2">
          <button
            type="button"
            onClick={view.onLoadMore}
            disabled={view.loadingMore}
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60"
          >
            {/* The visible text is the whole name (no aria-label that would differ from it). */}
            {view.loadingMore
              ? `Loading more ${label.toLowerCase()} tickets…`
              : `Load more ${label.toLowerCase()} tickets (${loaded} of ${total ?? "?"} loaded)`}
          </button>
        </div>
      ) : null}
    </section>
  );
});
