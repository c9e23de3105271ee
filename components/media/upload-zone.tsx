"use client";

import { useId, useRef, useState } from "react";
import clsx from "clsx";
import { acceptAttribute, describeLimits, mediaRules, type MediaKind } from "@/lib/media/rules";
import type { MediaSaved } from "@/lib/media/schema";
import { UploadList } from "./upload-list";
import { useMediaUploads } from "./use-media-uploads";
import { buttonClass } from "@/components/ui/styles";

/**
 * Drop files here or pick them: several at once, each checked in the browser (type by its bytes,
 * kind, WhatsApp's size limit) and then uploaded with its own progress bar. `kind` limits it to
 * one kind (the composer's picker).
 */
export function UploadZone({
  kind,
  onUploaded,
  compact = false,
}: {
  kind?: MediaKind;
  onUploaded?: (saved: MediaSaved) => void;
  compact?: boolean;
}) {
  const uploads = useMediaUploads({ kind, onUploaded });
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();
  const what = kind ? mediaRules[kind].plural.toLowerCase() : "files";

  return (
    <div className="flex flex-col gap-3">
      <div
        role="group"
        aria-label={kind ? `Upload ${what}` : "Upload media"}
        aria-describedby={hintId}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (event.dataTransfer.files.length > 0) uploads.addFiles(event.dataTransfer.files);
        }}
        className={clsx(
          "flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed text-center transition-colors",
          compact ? "p-4" : "p-8",
          dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50",
        )}
      >
        <p className="text-sm font-medium text-slate-700">
          {dragging ? `Drop to upload` : `Drag and drop ${what} here, or`}
        </p>
        <button
          type="button"
          onClick={() => inputRef.current?.click()}
          className={buttonClass.primary}
        >
          Choose files
        </button>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={acceptAttribute(kind)}
          aria-label={kind ? `Choose ${what} to upload` : "Choose files to upload"}
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const list = event.currentTarget.files;
            if (list && list.length > 0) uploads.addFiles(list);
            event.currentTarget.value = ""; // picking the same file again fires change again
          }}
        />
        <ul id={hintId} className="text-xs text-slate-500">
          {describeLimits(kind).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <UploadList
        entries={uploads.entries}
        onRetry={uploads.retry}
        onCancel={uploads.cancel}
        onDismiss={uploads.dismiss}
        onClearFinished={uploads.clearFinished}
      />
    </div>
  );
}
