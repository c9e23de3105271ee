"use client";

import { useCallback, useMemo } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import {
  boardFiltersToSearchParams,
  parseBoardFilters,
  type BoardFilters,
} from "@/lib/tickets/board-filters";

/**
 * The board's filters, read from and written to the URL. Writing uses history.replaceState,
 * which Next.js keeps in sync with useSearchParams without a round trip to the server.
 */
export function useBoardFilters(today: string) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo(() => parseBoardFilters(searchParams, today), [searchParams, today]);

  const setFilters = useCallback(
    (patch: Partial<BoardFilters>) => {
      // Read the live URL, not `filters`: several changes may land before a re-render.
      const current = parseBoardFilters(new URLSearchParams(window.location.search), today);
      const query = boardFiltersToSearchParams({ ...current, ...patch }).toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname, today],
  );

  return { filters, setFilters };
}
