// The browser's side of /api/tickets: typed fetchers for React Query; a failure is an ApiError
// carrying the plain-words problem the server sent.
import type { ColumnQuery } from "@/lib/tickets/query-keys";
import type { BoardStatus, TicketColumnPage, TicketDetail } from "@/lib/tickets/types";
import { searchString } from "@/lib/url/search-params";
import { fetchJson } from "../fetch-json";

export function fetchColumnPage(
  status: BoardStatus,
  query: ColumnQuery,
  page: number,
  signal?: AbortSignal,
): Promise<TicketColumnPage> {
  const search = searchString(["status", "from", "to", "page", "perPage"], {
    status,
    ...query,
    page,
  });
  return fetchJson(`/api/tickets${search}`, { signal });
}

export function fetchTicketDetail(code: string, signal?: AbortSignal): Promise<TicketDetail> {
  return fetchJson(`/api/tickets/${encodeURIComponent(code)}`, { signal });
}
