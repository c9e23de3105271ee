import type { SendOutcome } from "@/lib/vocabulary/sends";

/** One colour per outcome, shared by the chart, its legend and the totals. */
export const outcomeColors: Record<SendOutcome, string> = {
  sent: "#059669",
  partial: "#d97706",
  failed: "#dc2626",
  unknown: "#64748b",
  queued: "#0284c7",
  dispatched: "#0369a1",
  skipped: "#a8a29e",
  cancelled: "#78716c",
};
