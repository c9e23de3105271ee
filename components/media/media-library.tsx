"use client";

import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { mediaKeys } from "@/lib/media/query-keys";
import { mediaRules, type MediaKind } from "@/lib/media/rules";
import type { MediaListResponse } from "@/lib/media/schema";
import { ImportByIdForm } from "./import-by-id-form";
import { KindFilter } from "./kind-filter";
import { MediaCard } from "./media-card";
import { CheckboxField, TextField } from "@/components/ui/form-fields";
import { UploadZone } from "./upload-zone";
import { useMediaItemActions } from "./use-media-item-actions";
import { useMediaList, type MediaFilter } from "./use-media-list";

/** Keeps the filter in the address bar (shareable, survives reload) without a server round trip. */
function writeFilterToUrl(filter: MediaFilter) {
  const params = new URLSearchParams(window.location.search);
  for (const key of ["kind", "q", "deleted"]) params.delete(key);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.q) params.set("q", filter.q);
  if (filter.deleted) params.set("deleted", "1");
  const query = params.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
}

/**
 * The media library: upload and import (senders only), then the grid with previews, filtered by
 * kind and name. Viewers get the same grid without any control that changes something.
 */
export function MediaLibrary({
  initialFilter,
  initialData,
  canManage,
  timeZone,
}: {
  initialFilter: MediaFilter;
  initialData: MediaListResponse;
  canManage: boolean;
  timeZone: string;
}) {
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<MediaFilter>(initialFilter);
  const [search, setSearch] = useState(initialFilter.q ?? "");
  const list = useMediaList(filter, { filter: initialFilter, data: initialData });
  const actions = useMediaItemActions();

  // Search as the user types, without a request per keystroke.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setFilter((current) => {
        const q = search.trim() || undefined;
        return current.q === q ? current : { ...current, q };
      });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [search]);

  useEffect(() => writeFilterToUrl(filter), [filter]);

  const refresh = () => void queryClient.invalidateQueries({ queryKey: mediaKeys.all });
  const items = list.data?.items ?? [];
  const kindLabel = filter.kind ? mediaRules[filter.kind].plural.toLowerCase() : "media";

  return (
    <div className="flex flex-col gap-8">
      {canManage ? (
        <section
          aria-labelledby="add-media-heading"
          className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="add-media-heading" className="font-medium">
            Add media
          </h2>
          <UploadZone onUploaded={refresh} />
          <details className="group rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-medium">
              Import by Damcorp media ID
            </summary>
            <p className="mt-2 mb-3 text-sm text-slate-600">
              For media that reached Damcorp some other way: Kabar downloads it, checks it like an
              upload and keeps the ID for sending.
            </p>
            <ImportByIdForm onImported={refresh} />
          </details>
        </section>
      ) : null}

      <section aria-labelledby="library-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="library-heading" className="font-medium">
            Library
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            <KindFilter
              value={filter.kind}
              onChange={(kind: MediaKind | undefined) => setFilter((f) => ({ ...f, kind }))}
            />
            <TextField
              label="Search by name"
              className="flex items-center gap-2"
              controlWidth="w-48"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder="e.g. promo"
            />
            {canManage ? (
              <CheckboxField
                label="Show deleted"
                checked={Boolean(filter.deleted)}
                onChange={(e) => setFilter((f) => ({ ...f, deleted: e.target.checked }))}
              />
            ) : null}
          </div>
        </div>

        {list.isError ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {list.error.message}
          </p>
        ) : null}

        <div aria-busy={list.isFetching} aria-live="polite" className="sr-only">
          {list.isFetching
            ? "Loading media…"
            : `${items.length} ${items.length === 1 ? "item" : "items"} shown`}
        </div>

        {items.length === 0 && !list.isFetching ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
            {filter.q
              ? `No ${kindLabel} named like “${filter.q}”.`
              : canManage
                ? `No ${kindLabel} yet. Upload a file above.`
                : `No ${kindLabel} yet.`}
          </p>
        ) : (
          <ul
            aria-label="Media library"
            className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-4"
          >
            {items.map((item) => (
              <li key={item.id}>
                <MediaCard
                  item={item}
                  timeZone={timeZone}
                  actions={canManage ? actions : undefined}
                />
              </li>
            ))}
          </ul>
        )}
        {list.data?.truncated ? (
          <p className="text-sm text-slate-600">
            Showing the newest {items.length}. Search by name or filter by kind to find older ones.
          </p>
        ) : null}
      </section>
    </div>
  );
}
