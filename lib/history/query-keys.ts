// React Query keys of history, from one factory so invalidation and prefetching agree.
export const historyKeys = {
  all: ["history"] as const,
  lists: () => [...historyKeys.all, "list"] as const,
  /** `search` is the page's normalised search string (filters and cursor). */
  list: (search: string) => [...historyKeys.lists(), search] as const,
};
