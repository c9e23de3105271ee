"use client";

import { useLocale } from "next-intl";
import clsx from "clsx";
import { formatDateTime } from "@/lib/time/format";
import { formatBytes } from "@/lib/media/rules";
import type { MediaItem } from "@/lib/media/schema";
import { CopyButton } from "@/components/ui/copy-button";
import { MediaPreview, typeLabel } from "./media-preview";
import { buttonClass } from "@/components/ui/styles";

export interface MediaCardActions {
  onDelete: (item: MediaItem) => void;
  onRestore: (item: MediaItem) => void;
  onUploadToDamcorp: (item: MediaItem) => void;
  /** Item id with an action in flight (its buttons are disabled). */
  busyId: string | null;
}

/** One library item: preview, facts, media ID with a copy button, and (for senders) actions. */
export function MediaCard({
  item,
  timeZone,
  actions,
}: {
  item: MediaItem;
  timeZone: string;
  /** Absent for viewers: the card is read only. */
  actions?: MediaCardActions;
}) {
  const locale = useLocale();
  const deleted = item.deletedAt !== null;
  const busy = actions?.busyId === item.id;
  return (
    <article
      aria-label={item.name}
      className={clsx(
        "flex h-full flex-col overflow-hidden rounded-lg border bg-white",
        deleted ? "border-dashed border-slate-300" : "border-slate-200",
      )}
    >
      <div
        className={clsx(
          "relative aspect-[4/3] bg-slate-100",
          item.kind === "sticker" &&
            "bg-[repeating-conic-gradient(#f1f5f9_0_25%,#fff_0_50%)] bg-[length:16px_16px]",
          deleted && "opacity-50",
        )}
      >
        <MediaPreview item={item} />
        {deleted ? (
          <span className="absolute left-2 top-2 rounded bg-slate-800 px-1.5 py-0.5 text-xs font-medium text-white">
            Deleted
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3 text-sm">
        <p className="truncate font-medium" title={item.name}>
          {item.name}
        </p>
        <p className="text-xs text-slate-600">
          {typeLabel(item.mimeType)} · {formatBytes(item.size)}
        </p>
        <p className="text-xs text-slate-500">
          {item.source === "import" ? "Imported" : "Uploaded"}{" "}
          {formatDateTime(item.createdAt, timeZone, locale)}
          {item.createdByName ? ` by ${item.createdByName}` : ""}
        </p>
        <div className="mt-1 flex min-h-7 items-center gap-2 text-xs">
          {item.damcorpId ? (
            <>
              <span className="text-slate-500">Media ID</span>
              <code
                className="min-w-0 flex-1 truncate rounded bg-slate-100 px-1 py-0.5"
                title={item.damcorpId}
              >
                {item.damcorpId}
              </code>
              <CopyButton value={item.damcorpId} label={`Copy media ID of ${item.name}`} />
            </>
          ) : (
            <span className="text-slate-500">
              {item.kind === "image"
                ? "No Damcorp media ID yet: sent as file data."
                : item.kind === "sticker"
                  ? "Sent by a web address Kabar signs."
                  : "Kept by Kabar: sent as file data."}
            </span>
          )}
        </div>
        <div className="mt-auto flex flex-wrap gap-2 pt-2">
          <a
            href={`${item.previewUrl}?download=1`}
            className={buttonClass.small}
            aria-label={`Download ${item.name}`}
          >
            Download
          </a>
          {actions && !deleted && item.kind === "image" && !item.damcorpId ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => actions.onUploadToDamcorp(item)}
              className={buttonClass.small}
              aria-label={`Upload ${item.name} to Damcorp`}
            >
              Upload to Damcorp
            </button>
          ) : null}
          {actions ? (
            deleted ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => actions.onRestore(item)}
                className={buttonClass.small}
                aria-label={`Restore ${item.name}`}
              >
                Restore
              </button>
            ) : (
              <button
                type="button"
                disabled={busy}
                onClick={() => actions.onDelete(item)}
                className={buttonClass.smallDanger}
                aria-label={`Delete ${item.name}`}
              >
                Delete
              </button>
            )
          ) : null}
        </div>
      </div>
    </article>
  );
}
