// History's own constants. The send vocabulary lives in lib/vocabulary/sends.ts; the re-export
// below is a transition shim until every branch imports it from there.
export * from "@/lib/vocabulary/sends";

/** Rows per history page. */
export const HISTORY_PAGE_SIZE = 50;
