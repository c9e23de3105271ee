// Browser reads of the media API, parsed with the shared schemas (React Query calls these).
import type { MediaKind } from "./rules";
import {
  mediaApiErrorSchema,
  mediaItemSchema,
  mediaListResponseSchema,
  type MediaItem,
  type MediaListResponse,
} from "./schema";

async function readJson(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = mediaApiErrorSchema.safeParse(body);
    throw new Error(
      parsed.success
        ? parsed.data.error
        : `The media library could not be loaded (${response.status}).`,
    );
  }
  return body;
}

export function mediaListUrl(filter: { kind?: MediaKind; q?: string; deleted?: boolean }): string {
  const params = new URLSearchParams();
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.q) params.set("q", filter.q);
  if (filter.deleted) params.set("deleted", "1");
  const query = params.toString();
  return query ? `/api/media?${query}` : "/api/media";
}

export async function fetchMediaList(
  filter: { kind?: MediaKind; q?: string; deleted?: boolean },
  signal?: AbortSignal,
): Promise<MediaListResponse> {
  const response = await fetch(mediaListUrl(filter), { signal, cache: "no-store" });
  return mediaListResponseSchema.parse(await readJson(response));
}

export async function fetchMediaItem(id: string, signal?: AbortSignal): Promise<MediaItem> {
  const response = await fetch(`/api/media/${encodeURIComponent(id)}`, {
    signal,
    cache: "no-store",
  });
  return mediaItemSchema.parse(await readJson(response));
}
