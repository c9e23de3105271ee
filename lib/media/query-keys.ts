// React Query keys of the media library: one factory, so invalidating `all` refreshes every view.
import type { MediaKind } from "./rules";

export const mediaKeys = {
  all: ["media"] as const,
  lists: () => [...mediaKeys.all, "list"] as const,
  list: (filter: { kind?: MediaKind; q?: string; deleted?: boolean }) =>
    [
      ...mediaKeys.lists(),
      { kind: filter.kind ?? null, q: filter.q ?? "", deleted: filter.deleted ?? false },
    ] as const,
  detail: (id: string) => [...mediaKeys.all, "detail", id] as const,
};
