// Browser reads of the media API (React Query calls these). The answers come from our own routes,
// typed by lib/media/schema.ts on the server; they are not parsed again here, which keeps zod
// (30 KB) off the media page and the composer.
import type { MediaKind } from "@/lib/media/rules";
import type { MediaItem, MediaListResponse } from "@/lib/media/schema";
import { searchString } from "@/lib/url/search-params";
import { fetchJson } from "../fetch-json";

export interface MediaListFilter {
  kind?: MediaKind;
  q?: string;
  deleted?: boolean;
}

const failureMessage = (status: number) => `The media library could not be loaded (${status}).`;

function mediaListUrl(filter: MediaListFilter): string {
  return `/api/media${searchString(["kind", "q", "deleted"], {
    ...filter,
    deleted: filter.deleted ? "1" : undefined,
  })}`;
}

export function fetchMediaList(
  filter: MediaListFilter,
  signal?: AbortSignal,
): Promise<MediaListResponse> {
  return fetchJson(mediaListUrl(filter), {
    signal,
    failureMessage,
  });
}

export function fetchMediaItem(id: string, signal?: AbortSignal): Promise<MediaItem> {
  return fetchJson(`/api/media/${encodeURIComponent(id)}`, {
    signal,
    failureMessage,
  });
}
