// The board's filters live in the URL so a view can be shared. This reads them (anything
// unreadable falls back to its default rather than breaking the page) and writes them back,
// leaving defaults out so links stay short. Safe for client and server.
import { addDays, isCalendarDay } from "@/lib/time/days";

export const RANGE_PRESETS = ["today", "7d", "30d"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE: RangePreset = "30d";

export const rangePresetLabels: Record<RangePreset, string> = {
  today: "Today",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
};

/** Days covered by each preset, today included. */
const presetDays: Record<RangePreset, number> = { today: 1, "7d": 7, "30d": 30 };

export const PER_PAGE_OPTIONS = [10, 20, 50] as const;
export const DEFAULT_PER_PAGE = 20;

export type BoardFilters = {
  /** A preset is relative to the day the link is opened; "custom" has fixed days. */
  range: RangePreset | "custom";
  /** YYYY-MM-DD, inclusive, as the helpdesk filters (on the day a ticket was created). */
  from: string;
  to: string;
  /** Free text matched against what is loaded (the helpdesk has no search). */
  q: string;
  perPage: number;
  /** The ticket whose panel is open. */
  ticket: string | null;
};

export function presetRange(preset: RangePreset, today: string): { from: string; to: string } {
  return { from: addDays(today, -(presetDays[preset] - 1)), to: today };
}

const TICKET_CODE = /^[A-Za-z0-9_-]{1,40}$/;

// Plain checks rather than a zod schema: the board reads its URL in the browser, and zod would
// add ~48 KB to its first load for five fields.
const isPreset = (v: string | undefined): v is RangePreset =>
  (RANGE_PRESETS as readonly string[]).includes(v ?? "");
const dayOrUndefined = (v: string | undefined) =>
  v !== undefined && isCalendarDay(v) ? v : undefined;

function perPageOf(v: string | undefined): number {
  const n = v === undefined || v.trim() === "" ? NaN : Number(v);
  return (PER_PAGE_OPTIONS as readonly number[]).includes(n) ? n : DEFAULT_PER_PAGE;
}

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function firstValues(params: SearchParamsLike): Record<string, string | undefined> {
  if (params instanceof URLSearchParams) {
    return Object.fromEntries([...params.keys()].map((k) => [k, params.get(k) ?? undefined]));
  }
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
}

export function parseBoardFilters(params: SearchParamsLike, today: string): BoardFilters {
  const raw = firstValues(params);
  const parsed = {
    range: isPreset(raw.range) ? raw.range : DEFAULT_RANGE,
    from: dayOrUndefined(raw.from),
    to: dayOrUndefined(raw.to),
    q: (raw.q ?? "").trim().slice(0, 100),
    perPage: perPageOf(raw.perPage),
    ticket: raw.ticket !== undefined && TICKET_CODE.test(raw.ticket) ? raw.ticket : undefined,
  };
  const base = { q: parsed.q, perPage: parsed.perPage, ticket: parsed.ticket ?? null };
  if (parsed.from && parsed.to && parsed.from <= parsed.to) {
    return { ...base, range: "custom", from: parsed.from, to: parsed.to };
  }
  return { ...base, range: parsed.range, ...presetRange(parsed.range, today) };
}

export function boardFiltersToSearchParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.range === "custom") {
    params.set("from", filters.from);
    params.set("to", filters.to);
  } else if (filters.range !== DEFAULT_RANGE) {
    params.set("range", filters.range);
  }
  if (filters.q) params.set("q", filters.q);
  if (filters.perPage !== DEFAULT_PER_PAGE) params.set("perPage", String(filters.perPage));
  if (filters.ticket) params.set("ticket", filters.ticket);
  return params;
}

/** The board with one ticket's panel open (it loads by code, whatever the date range). */
export function ticketHref(code: string): string {
  return `/tickets?${new URLSearchParams({ ticket: code }).toString()}`;
}
