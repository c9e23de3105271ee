// The live history list's read of GET /api/history/sends (React Query refetches it).
import type { SendListPage } from "@/lib/history/send-list-item";
import { fetchJson } from "../fetch-json";

/** One page of sends for the page's search string (filters and cursor), e.g. "?outcome=failed". */
export function fetchSendsPage(search: string, signal?: AbortSignal): Promise<SendListPage> {
  return fetchJson(`/api/history/sends${search}`, { signal });
}
