// A file name that says what the export holds: "kabar-history_2026-11-01_to_2026-11-26_failed.csv".
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { HistoryFilter } from "./filter-schema";

export function exportFileName(filter: HistoryFilter, timeZone: string, now: Date): string {
  const stamp = format(new TZDate(now, timeZone), "yyyy-MM-dd_HHmm");
  const range =
    filter.from || filter.to ? `${filter.from ?? "start"}_to_${filter.to ?? "today"}` : "all";
  const parts = [
    "kabar-history",
    range,
    filter.outcome,
    filter.status && `recipients-${filter.status}`,
    filter.kind,
    filter.template,
    filter.errorCode && `error-${filter.errorCode}`,
    filter.recipient && `to-${filter.recipient}`,
    filter.sender || filter.user ? "filtered" : undefined,
    `exported-${stamp}`,
  ];
  const name = parts
    .filter(Boolean)
    .join("_")
    .replace(/[^A-Za-z0-9_.-]+/g, "-")
    .slice(0, 150);
  return `${name}.csv`;
}
