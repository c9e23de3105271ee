// The browser's side of /api/tickets: typed fetchers for React Query that turn any failure into
// a TicketFetchError carrying the plain-words problem the server sent.
import type { RouteErrorBody } from "@/lib/errors/result";
import type { ColumnQuery } from "./query-keys";
import type { BoardStatus, HelpdeskProblem, TicketColumnPage, TicketDetail } from "./types";

export class TicketFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem?: HelpdeskProblem,
    readonly code?: string,
  ) {
    super(message);
    this.name = "TicketFetchError";
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json" },
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TicketFetchError("Kabar could not be reached. Check your connection.", 0);
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as RouteErrorBody | null;
  if (response.status === 401) {
    throw new TicketFetchError(
      "Your session has ended. Sign in again to continue.",
      401,
      undefined,
      "unauthenticated",
    );
  }
  throw new TicketFetchError(
    body?.error ?? `Kabar answered with HTTP ${response.status}.`,
    response.status,
    body?.problem,
    body?.code,
  );
}

export function fetchColumnPage(
  status: BoardStatus,
  query: ColumnQuery,
  page: number,
  signal?: AbortSignal,
): Promise<TicketColumnPage> {
  const params = new URLSearchParams({
    status,
    from: query.from,
    to: query.to,
    page: String(page),
    perPage: String(query.perPage),
  });
  return getJson(`/api/tickets?${params.toString()}`, signal);
}

export function fetchTicketDetail(code: string, signal?: AbortSignal): Promise<TicketDetail> {
  return getJson(`/api/tickets/${encodeURIComponent(code)}`, signal);
}
