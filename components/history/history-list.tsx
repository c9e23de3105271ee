"use client";

import { useLocale } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { ApiError } from "@/browser/api-error";
import { fetchSendsPage } from "@/browser/history/fetch-sends";
import { historyKeys } from "@/lib/history/query-keys";
import { formatClockTime } from "@/lib/time/format";
import type { HistoryFilterField } from "@/lib/history/filter-href";
import type { SendListPage } from "@/lib/history/send-list-item";
import { HistoryPager } from "./history-pager";
import { HistoryTable } from "./history-table";

/** How often the list asks for new sends while the tab is visible. */
export const HISTORY_REFRESH_MS = 15_000;

/** A failed refresh keeps the rows shown; only an ended session needs the user. */
function refreshProblem(error: Error): string {
  return error instanceof ApiError && error.status === 401
    ? error.message
    : "History could not be refreshed. Retrying shortly.";
}

/**
 * The live history list: starts from the page the server rendered and refetches it on an
 * interval, so new sends appear at the top of the newest page without reloading.
 */
export function HistoryList({
  initialPage,
  search,
  filter,
  atNewest,
  timeZone,
}: {
  initialPage: SendListPage;
  /** The search string of the page (filters and cursor), e.g. "?outcome=failed". */
  search: string;
  filter: Partial<Record<HistoryFilterField, string>>;
  atNewest: boolean;
  timeZone: string;
}) {
  const locale = useLocale();
  const query = useQuery({
    queryKey: historyKeys.list(search),
    queryFn: ({ signal }) => fetchSendsPage(search, signal),
    initialData: initialPage,
    initialDataUpdatedAt: initialPage.fetchedAt,
    refetchInterval: HISTORY_REFRESH_MS,
  });
  const page = query.data;
  const updated = formatClockTime(new Date(query.dataUpdatedAt), timeZone, locale);
  return (
    <section aria-label="Sends" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-500">
          {atNewest ? "New sends appear automatically. " : null}
          Updated {updated}
          {query.isFetching ? " · refreshing…" : null}
        </p>
        <HistoryPager
          label="Pages"
          filter={filter}
          newerCursor={page.newerCursor}
          olderCursor={page.olderCursor}
          atNewest={atNewest}
        />
      </div>
      {query.error ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {refreshProblem(query.error)}
        </p>
      ) : null}
      {page.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No sends match these filters.
        </p>
      ) : (
        <HistoryTable rows={page.rows} timeZone={timeZone} />
      )}
      {page.rows.length > 0 ? (
        <div className="flex justify-end">
          <HistoryPager
            label="Pages, bottom"
            filter={filter}
            newerCursor={page.newerCursor}
            olderCursor={page.olderCursor}
            atNewest={atNewest}
          />
        </div>
      ) : null}
    </section>
  );
}
