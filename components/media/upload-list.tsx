"use client";

import clsx from "clsx";
import { formatBytes } from "@/lib/media/rules";
import { KindIcon } from "./kind-icon";
import { buttonClass } from "@/components/ui/styles";
import type { UploadEntry } from "./use-media-uploads";

const statusText: Record<UploadEntry["status"], string> = {
  checking: "Checking…",
  waiting: "Waiting…",
  uploading: "Uploading",
  done: "Done",
  rejected: "Not uploaded",
  failed: "Failed",
};

function UploadRow({
  entry,
  onRetry,
  onCancel,
  onDismiss,
}: {
  entry: UploadEntry;
  onRetry: (key: string) => void;
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
}) {
  const percent = Math.round(entry.progress * 100);
  const asset = entry.result?.asset;
  const bad = entry.status === "rejected" || entry.status === "failed";
  const warn =
    entry.result?.damcorp.status === "failed" || entry.result?.damcorp.status === "skipped";
  return (
    <li
      aria-label={entry.name}
      className={clsx(
        "flex items-start gap-3 rounded-md border bg-white p-3",
        bad ? "border-red-200" : "border-slate-200",
      )}
    >
      <div className="flex h-12 w-12 shrink-0 items-center justify-center overflow-hidden rounded bg-slate-100 text-slate-500">
        {asset && (asset.kind === "image" || asset.kind === "sticker") ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private, session-only file
          <img
            src={asset.previewUrl}
            alt={`Preview of ${asset.name}`}
            className="h-full w-full object-cover"
          />
        ) : asset ? (
          <KindIcon kind={asset.kind} />
        ) : (
          <span aria-hidden className="text-xs">
            {formatBytes(entry.size)}
          </span>
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex items-baseline justify-between gap-2">
          <p className="truncate text-sm font-medium" title={entry.name}>
            {entry.name}
          </p>
          <p className="shrink-0 text-xs text-slate-500">
            {formatBytes(entry.size)} ·{" "}
            {entry.status === "uploading" && percent === 100
              ? "Finishing…" // all bytes sent; the server checks, stores and (images) uploads to Damcorp
              : statusText[entry.status]}
            {entry.status === "uploading" && percent < 100 ? ` ${percent}%` : ""}
          </p>
        </div>
        {entry.status === "uploading" || entry.status === "waiting" || entry.status === "done" ? (
          <progress
            max={100}
            value={percent}
            aria-label={`Upload progress of ${entry.name}`}
            aria-valuetext={`${percent}%`}
            className="h-2 w-full overflow-hidden rounded accent-brand-600"
          />
        ) : null}
        {entry.message ? (
          <p
            className={clsx(
              "text-sm",
              bad ? "text-red-700" : warn ? "text-amber-700" : "text-slate-600",
            )}
            role={bad ? "alert" : undefined}
          >
            {entry.message}
          </p>
        ) : null}
        <div className="flex gap-2">
          {entry.status === "uploading" ? (
            <button
              type="button"
              className={buttonClass.small}
              onClick={() => onCancel(entry.key)}
              aria-label={`Cancel upload of ${entry.name}`}
            >
              Cancel
            </button>
          ) : null}
          {entry.status === "failed" ? (
            <button
              type="button"
              className={buttonClass.small}
              onClick={() => onRetry(entry.key)}
              aria-label={`Try ${entry.name} again`}
            >
              Try again
            </button>
          ) : null}
          {entry.status !== "uploading" && entry.status !== "checking" ? (
            <button
              type="button"
              className={buttonClass.small}
              onClick={() => onDismiss(entry.key)}
              aria-label={`Dismiss ${entry.name}`}
            >
              Dismiss
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}

export function UploadList({
  entries,
  onRetry,
  onCancel,
  onDismiss,
  onClearFinished,
}: {
  entries: UploadEntry[];
  onRetry: (key: string) => void;
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
  onClearFinished: () => void;
}) {
  if (entries.length === 0) return null;
  const finished = entries.some(
    (e) => e.status === "done" || e.status === "rejected" || e.status === "failed",
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-medium">Uploads</h3>
        {finished ? (
          <button type="button" className={buttonClass.small} onClick={onClearFinished}>
            Clear finished
          </button>
        ) : null}
      </div>
      <ul aria-label="Uploads" className="flex flex-col gap-2">
        {entries.map((entry) => (
          <UploadRow
            key={entry.key}
            entry={entry}
            onRetry={onRetry}
            onCancel={onCancel}
            onDismiss={onDismiss}
          />
        ))}
      </ul>
    </div>
  );
}
