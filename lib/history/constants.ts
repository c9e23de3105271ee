// History's own constants. The send vocabulary (outcomes, statuses, kinds, labels) lives in
// lib/vocabulary/sends.ts; it is re-exported here only until every import has moved.
export * from "@/lib/vocabulary/sends";

/** Sends made with the DAMCORP_TOKEN sender have no SenderNumber row; the filter names them so. */
export const ENVIRONMENT_SENDER_FILTER = "env";

/** Rows per history page. */
export const HISTORY_PAGE_SIZE = 50;
