// Browser reads of the media API, parsed with the shared schemas (React Query calls these).
import type { MediaKind } from "@/lib/media/rules";
import {
  mediaItemSchema,
  mediaListResponseSchema,
  type MediaItem,
  type MediaListResponse,
} from "@/lib/media/schema";
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
    schema: mediaListResponseSchema,
    signal,
    failureMessage,
  });
}

export function fetchMediaItem(id: string, signal?: AbortSignal): Promise<MediaItem> {
  return fetchJson(`/api/media/${encodeURIComponent(id)}`, {
    schema: mediaItemSchema,
    signal,
    failureMessage,
  });
}
