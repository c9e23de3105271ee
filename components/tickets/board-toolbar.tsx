"use client";

import clsx from "clsx";
import { useEffect, useId, useState } from "react";
import {
  PER_PAGE_OPTIONS,
  RANGE_PRESETS,
  rangePresetLabels,
  type BoardFilters,
} from "@/lib/tickets/board-filters";
import { isCalendarDay } from "@/lib/time/days";
import { Input, Select } from "@/components/ui/form-fields";
import { UpdatedAgoLabel } from "./updated-ago-label";
import { REFRESH_OPTIONS } from "./use-refresh-interval";

const perPageOptions = PER_PAGE_OPTIONS.map((n) => ({ value: String(n), label: String(n) }));
const refreshOptions = REFRESH_OPTIONS.map((o) => ({ value: String(o.seconds), label: o.label }));

/** Date range (quick picks and custom days), search, page size and auto-refresh. */
export function BoardToolbar({
  filters,
  onChange,
  refreshSeconds,
  onRefreshSecondsChange,
  updatedAt,
  refreshing,
  onRefreshNow,
  zoneNote,
}: {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>) => void;
  refreshSeconds: number;
  onRefreshSecondsChange: (seconds: number) => void;
  /** When the oldest column was last loaded (ms), null until all have loaded. */
  updatedAt: number | null;
  refreshing: boolean;
  onRefreshNow: () => void;
  /** Said when the viewer's zone is not the helpdesk's (the days are the helpdesk's). */
  zoneNote: string | null;
}) {
  const ids = {
    from: useId(),
    to: useId(),
    search: useId(),
    perPage: useId(),
    refresh: useId(),
    rangeError: useId(),
    searchNote: useId(),
  };
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [search, setSearch] = useState(filters.q);

  // Follow the URL when it changes from elsewhere (a quick pick, back/forward, a shared link):
  // React's "adjust state when a prop changes" pattern, applied while rendering.
  const [seen, setSeen] = useState({ from: filters.from, to: filters.to, q: filters.q });
  if (seen.from !== filters.from || seen.to !== filters.to || seen.q !== filters.q) {
    setSeen({ from: filters.from, to: filters.to, q: filters.q });
    if (seen.from !== filters.from || seen.to !== filters.to) {
      setFrom(filters.from);
      setTo(filters.to);
    }
    // What is being typed wins over its own (trimmed) echo from the URL.
    if (seen.q !== filters.q && search.trim() !== filters.q) setSearch(filters.q);
  }

  // Typing filters as you go, without writing the URL on every key.
  useEffect(() => {
    if (search.trim() === filters.q) return;
    const timer = setTimeout(() => onChange({ q: search.trim() }), 250);
    return () => clearTimeout(timer);
  }, [search, filters.q, onChange]);

  const rangeError =
    isCalendarDay(from) && isCalendarDay(to) && from > to
      ? "The start date is after the end date."
      : null;

  // The two days share one error, said under the toolbar.
  const rangeMeta = (id: string) => ({
    id,
    describedBy: rangeError ? ids.rangeError : undefined,
    invalid: rangeError ? (true as const) : undefined,
  });

  function applyDays(nextFrom: string, nextTo: string) {
    setFrom(nextFrom);
    setTo(nextTo);
    if (isCalendarDay(nextFrom) && isCalendarDay(nextTo) && nextFrom <= nextTo) {
      onChange({ range: "custom", from: nextFrom, to: nextTo });
    }
  }

  return (
    <div className="flex flex-col rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3 p-3">
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="mb-1 text-sm font-medium">Created</legend>
          <div
            role="group"
            aria-label="Quick date ranges"
            className="flex overflow-hidden rounded-md border border-slate-300"
          >
            {RANGE_PRESETS.map((preset) => (
              <button
                key={preset}
                type="button"
                aria-pressed={filters.range === preset}
                onClick={() => onChange({ range: preset })}
                className={clsx(
                  "border-l border-slate-300 px-3 py-1.5 text-sm first:border-l-0 focus-visible:relative focus-visible:outline-2 focus-visible:outline-brand-600",
                  filters.range === preset
                    ? "bg-brand-600 text-white"
                    : "bg-white text-slate-700 hover:bg-slate-100",
                )}
              >
                {rangePresetLabels[preset]}
              </button>
            ))}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.from} className="text-xs text-slate-600">
              From
            </label>
            <Input
              meta={rangeMeta(ids.from)}
              compact
              type="date"
              value={from}
              max={to || undefined}
              onChange={(e) => applyDays(e.target.value, to)}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.to} className="text-xs text-slate-600">
              To
            </label>
            <Input
              meta={rangeMeta(ids.to)}
              compact
              type="date"
              value={to}
              min={from || undefined}
              onChange={(e) => applyDays(from, e.target.value)}
            />
          </div>
        </fieldset>

        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={ids.search} className="text-sm font-medium">
            Search tickets
          </label>
          <Input
            meta={{ id: ids.search, describedBy: ids.searchNote, invalid: undefined }}
            compact
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Customer, number, problem or #code"
          />
        </div>
      </div>

      {rangeError ? (
        <p id={ids.rangeError} role="alert" className="px-3 pb-2 text-sm text-red-700">
          {rangeError}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-t border-slate-100 px-3 py-2 text-sm">
        <p id={ids.searchNote} className="max-w-xl text-xs text-slate-500">
          {filters.q
            ? "The helpdesk cannot search, so search looks through the tickets loaded so far; load more in a column to search further."
            : "Search looks through the tickets loaded so far (the helpdesk cannot search)."}
          {zoneNote ? ` ${zoneNote}` : ""}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div className="flex items-center gap-2">
            <label htmlFor={ids.perPage} className="text-slate-600">
              Per page
            </label>
            <Select
              meta={{ id: ids.perPage, describedBy: undefined, invalid: undefined }}
              compact
              options={perPageOptions}
              value={filters.perPage}
              onChange={(e) => onChange({ perPage: Number(e.target.value) })}
            />
          </div>
          <div className="flex items-center gap-2">
            <label htmlFor={ids.refresh} className="text-slate-600">
              Auto-refresh
            </label>
            <Select
              meta={{ id: ids.refresh, describedBy: undefined, invalid: undefined }}
              compact
              options={refreshOptions}
              value={refreshSeconds}
              onChange={(e) => onRefreshSecondsChange(Number(e.target.value))}
            />
          </div>
          <span data-testid="updated-ago" className="text-slate-600">
            {updatedAt ? (
              <>
                Updated <UpdatedAgoLabel updatedAt={updatedAt} />
              </>
            ) : (
              "Loading…"
            )}
          </span>
          <button
            type="button"
            onClick={onRefreshNow}
            aria-busy={refreshing}
            className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
          >
            <svg
              aria-hidden
              viewBox="0 0 20 20"
              className={clsx("h-3.5 w-3.5", refreshing && "animate-spin")}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M16 10a6 6 0 1 1-1.76-4.24M16 4v3h-3" />
            </svg>
            Refresh now
          </button>
        </div>
      </div>
    </div>
  );
}
