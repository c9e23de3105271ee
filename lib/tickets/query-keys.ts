// Every React Query key of the ticket board, from one place, so invalidation and optimistic
// updates always hit the same caches.
import type { BoardStatus } from "./types";

/** What the helpdesk is asked for; search is applied in the browser and is not part of it. */
export type ColumnQuery = { from: string; to: string; perPage: number };

export const ticketKeys = {
  all: ["tickets"] as const,
  columns: () => [...ticketKeys.all, "column"] as const,
  column: (status: BoardStatus, query: ColumnQuery) =>
    [...ticketKeys.columns(), status, query] as const,
  details: () => [...ticketKeys.all, "detail"] as const,
  detail: (code: string) => [...ticketKeys.details(), code] as const,
};

export const ticketMutationKeys = {
  close: ["tickets", "close"] as const,
  open: ["tickets", "open"] as const,
};
