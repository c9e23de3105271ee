"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchMediaList, type MediaListFilter } from "@/browser/media/fetch-media";
import { mediaKeys } from "@/lib/media/query-keys";
import type { MediaListResponse } from "@/lib/media/schema";

export type MediaFilter = MediaListFilter;

/** The library for a filter, kept fresh by React Query (the last list stays while the next loads). */
export function useMediaList(
  filter: MediaFilter,
  initial?: { filter: MediaFilter; data: MediaListResponse },
) {
  const sameAsInitial =
    initial !== undefined &&
    (initial.filter.kind ?? null) === (filter.kind ?? null) &&
    (initial.filter.q ?? "") === (filter.q ?? "") &&
    Boolean(initial.filter.deleted) === Boolean(filter.deleted);
  return useQuery({
    queryKey: mediaKeys.list(filter),
    queryFn: ({ signal }) => fetchMediaList(filter, signal),
    initialData: sameAsInitial ? initial.data : undefined,
    placeholderData: keepPreviousData,
  });
}
