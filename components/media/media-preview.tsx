"use client";

import { useState } from "react";
import { isMediaMimeType, mediaTypes } from "@/lib/media/rules";
import type { MediaItem } from "@/lib/media/schema";
import { extensionOf } from "@/lib/media/sniff";
import { KindIcon } from "./kind-icon";

/** "PDF document", "MP4 video"… from the stored type (Kabar decided it from the bytes). */
export function typeLabel(mimeType: string): string {
  return isMediaMimeType(mimeType) ? mediaTypes[mimeType].label : mimeType;
}

function IconPreview({ item, caption }: { item: MediaItem; caption?: string }) {
  return (
    <div className="flex h-full w-full flex-col items-center justify-center gap-2 text-slate-500">
      <KindIcon kind={item.kind} className="h-10 w-10" />
      <span className="rounded bg-white px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-600 ring-1 ring-slate-200">
        {extensionOf(item.name).slice(1) || item.kind}
      </span>
      {caption ? <span className="text-xs">{caption}</span> : null}
    </div>
  );
}

/**
 * The real thing where the browser can show it: the image, the sticker, the video's first frame
 * (metadata only is fetched until it is played), an audio player; an icon for documents.
 */
export function MediaPreview({ item }: { item: MediaItem }) {
  const [broken, setBroken] = useState(false);
  if (broken) return <IconPreview item={item} caption="No preview" />;

  switch (item.kind) {
    case "image":
    case "sticker":
      return (
        // eslint-disable-next-line @next/next/no-img-element -- a private, session-only file
        <img
          src={item.previewUrl}
          alt={`Preview of ${item.name}`}
          loading="lazy"
          onError={() => setBroken(true)}
          className="h-full w-full object-contain"
        />
      );
    case "video":
      return (
        <video
          src={`${item.previewUrl}#t=0.1`}
          preload="metadata"
          controls
          muted
          playsInline
          aria-label={`Video ${item.name}`}
          onError={() => setBroken(true)}
          className="h-full w-full bg-slate-900 object-contain"
        />
      );
    case "audio":
      return (
        <div className="flex h-full w-full flex-col items-center justify-center gap-3 px-3 text-slate-500">
          <KindIcon kind="audio" className="h-10 w-10" />
          <audio
            src={item.previewUrl}
            controls
            preload="none"
            aria-label={`Audio ${item.name}`}
            className="w-full"
          />
        </div>
      );
    case "document":
      return <IconPreview item={item} caption={typeLabel(item.mimeType)} />;
  }
}
