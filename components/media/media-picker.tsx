"use client";

/**
 * MediaPicker — the composer's media field: pick an item of one kind from the library, or upload
 * one in place, and show what was chosen.
 *
 *   <MediaPicker kind="image" value={assetId} onChange={(asset) => setAssetId(asset?.id ?? null)} />
 *
 * Props
 * - `kind`: "image" | "video" | "audio" | "document" | "sticker". Only items of this kind are
 *   listed, and only files of this kind can be uploaded from the dialog.
 * - `value`: the chosen MediaAsset id, or null. An id from a saved draft is looked up by itself
 *   (GET /api/media/{id}); a deleted item is shown with a warning.
 * - `onChange(asset | null)`: called with `{ id, kind, name, mimeType, damcorpId, previewUrl }`
 *   when the user picks or uploads an item, and with null when they remove the choice.
 *   `previewUrl` loads the file for previews (signed-in users only); `damcorpId` is the Damcorp
 *   media ID when there is one.
 * - `label` (optional): the trigger's text, default "Choose image" (etc.).
 * - `id` (optional): the trigger button's id, so a `<label htmlFor>` can name it.
 * - `allowUpload` (optional, default true): offer "upload new" in the dialog.
 * - `disabled` (optional).
 *
 * To send, pass the id to `resolveMediaForSend(id)` (lib/media/resolve-media-for-send.ts, server
 * only): it returns the string for the send body (media ID, base64 data or a signed link).
 */
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchMediaItem } from "@/browser/media/fetch-media";
import { mediaKeys } from "@/lib/media/query-keys";
import { formatBytes, mediaRules, type MediaKind } from "@/lib/media/rules";
import type { MediaItem, PickedMedia } from "@/lib/media/schema";
import { KindIcon } from "./kind-icon";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { MediaPreview, typeLabel } from "./media-preview";
import { TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { UploadZone } from "./upload-zone";
import { useMediaList } from "./use-media-list";

export type { PickedMedia } from "@/lib/media/schema";

export interface MediaPickerProps {
  kind: MediaKind;
  value: string | null;
  onChange: (asset: PickedMedia | null) => void;
  label?: string;
  id?: string;
  allowUpload?: boolean;
  disabled?: boolean;
}

function toPicked(item: MediaItem): PickedMedia {
  const { id, kind, name, mimeType, damcorpId, previewUrl } = item;
  return { id, kind, name, mimeType, damcorpId, previewUrl };
}

function Thumbnail({ item }: { item: MediaItem }) {
  if (item.kind === "image" || item.kind === "sticker") {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a private, session-only file
      <img src={item.previewUrl} alt="" loading="lazy" className="h-full w-full object-contain" />
    );
  }
  return (
    <div className="flex h-full w-full items-center justify-center text-slate-500">
      <KindIcon kind={item.kind} className="h-8 w-8" />
    </div>
  );
}

function PickerList({
  kind,
  value,
  onPick,
}: {
  kind: MediaKind;
  value: string | null;
  onPick: (item: MediaItem) => void;
}) {
  const [search, setSearch] = useState("");
  const list = useMediaList({ kind, q: search.trim() || undefined });
  const items = list.data?.items ?? [];
  const plural = mediaRules[kind].plural.toLowerCase();
  return (
    <div className="flex flex-col gap-3">
      <TextField
        label={`Search ${plural} by name`}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {list.isError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {list.error.message}
        </p>
      ) : null}
      {items.length === 0 && !list.isFetching ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          {search.trim()
            ? `No ${plural} named like “${search.trim()}”.`
            : `No ${plural} in the library yet.`}
        </p>
      ) : (
        <ul
          aria-label={`Library ${plural}`}
          className="grid max-h-80 grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-3 overflow-y-auto p-1"
        >
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                aria-label={`Choose ${item.name}`}
                aria-pressed={item.id === value}
                onClick={() => onPick(item)}
                className="flex w-full flex-col overflow-hidden rounded-md border border-slate-200 bg-white text-left hover:border-brand-500 aria-pressed:border-brand-600 aria-pressed:ring-2 aria-pressed:ring-brand-500"
              >
                <span className="block aspect-square w-full bg-slate-100">
                  <Thumbnail item={item} />
                </span>
                <span className="block truncate px-2 pt-1 text-xs font-medium" title={item.name}>
                  {item.name}
                </span>
                <span className="block px-2 pb-1 text-xs text-slate-500">
                  {formatBytes(item.size)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function MediaPicker({
  kind,
  value,
  onChange,
  label,
  id,
  allowUpload = true,
  disabled = false,
}: MediaPickerProps) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const rule = mediaRules[kind];
  const chosen = useQuery({
    queryKey: mediaKeys.detail(value ?? ""),
    queryFn: ({ signal }) => fetchMediaItem(value ?? "", signal),
    enabled: value !== null,
  });
  const item = value !== null ? chosen.data : undefined;

  function pick(next: MediaItem) {
    queryClient.setQueryData(mediaKeys.detail(next.id), next);
    onChange(toPicked(next));
    setOpen(false);
  }

  const trigger = label ?? `Choose ${rule.label.toLowerCase()}`;
  return (
    <div className="flex flex-col gap-2">
      {item ? (
        <div className="flex items-center gap-3 rounded-md border border-slate-200 bg-white p-2">
          <div className="h-20 w-28 shrink-0 overflow-hidden rounded bg-slate-100">
            <MediaPreview item={item} />
          </div>
          <div className="min-w-0 flex-1 text-sm">
            <p className="truncate font-medium" title={item.name}>
              {item.name}
            </p>
            <p className="text-xs text-slate-500">
              {typeLabel(item.mimeType)} · {formatBytes(item.size)}
            </p>
            {item.deletedAt ? (
              <p role="alert" className="text-xs text-red-700">
                This file was deleted from the library. Restore it there or choose another.
              </p>
            ) : null}
          </div>
        </div>
      ) : value !== null && chosen.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {chosen.error.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          id={id}
          type="button"
          disabled={disabled}
          onClick={() => setOpen(true)}
          className={buttonClass.secondary}
        >
          {value !== null ? `Change ${rule.label.toLowerCase()}` : trigger}
        </button>
        {value !== null ? (
          <button
            type="button"
            disabled={disabled}
            onClick={() => onChange(null)}
            className={buttonClass.secondary}
            aria-label={`Remove ${rule.label.toLowerCase()}`}
          >
            Remove
          </button>
        ) : null}
      </div>
      <ModalDialog
        size="wide"
        closeButton
        open={open}
        onClose={() => setOpen(false)}
        title={`Choose ${rule.article}`}
        description={`${rule.typesLabel}, up to ${formatBytes(rule.maxBytes)}${kind === "sticker" ? " (500 KB animated)" : ""}.`}
      >
        <div className="flex flex-col gap-6">
          <PickerList kind={kind} value={value} onPick={pick} />
          {allowUpload ? (
            <section
              aria-label={`Upload a new ${rule.label.toLowerCase()}`}
              className="flex flex-col gap-2"
            >
              <h3 className="text-sm font-medium">Or upload a new one</h3>
              <UploadZone
                kind={kind}
                compact
                onUploaded={(saved) => {
                  void queryClient.invalidateQueries({ queryKey: mediaKeys.lists() });
                  pick(saved.asset);
                }}
              />
            </section>
          ) : null}
        </div>
      </ModalDialog>
    </div>
  );
}
