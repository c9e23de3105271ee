"use client";

import { memo, useState } from "react";
import type { MediaRef } from "@/lib/composer/draft-schema";
import { describeMedia } from "./describe-media";
import { DocumentIcon, ImageIcon, PinIcon, PlayIcon } from "./icons";

type VisualKind = "image" | "video";
const kindNames: Record<VisualKind, string> = { image: "Image", video: "Video" };

/** A grey tile standing in for media the browser cannot show (not chosen, media ID, http URL). */
export function PlaceholderTile({
  kind,
  text,
  className,
}: {
  kind: VisualKind;
  text: string;
  className?: string;
}) {
  return (
    <div
      role="img"
      aria-label={`${kindNames[kind]}: ${text}`}
      className={`flex flex-col items-center justify-center gap-1 rounded-md bg-slate-300/70 p-3 text-center text-xs text-slate-700 ${className ?? "h-40"}`}
    >
      <span className="relative">
        <ImageIcon className="h-8 w-8" />
        {kind === "video" ? (
          <PlayIcon className="absolute -right-2 -bottom-1 h-4 w-4 rounded-full bg-slate-700 text-white" />
        ) : null}
      </span>
      <span className="max-w-full break-all">{text}</span>
    </div>
  );
}

function LoadedVisual({
  kind,
  src,
  name,
  className,
}: {
  kind: VisualKind;
  src: string;
  name: string;
  className: string;
}) {
  const [failed, setFailed] = useState(false);
  if (failed)
    return (
      <PlaceholderTile kind={kind} text={`${name} (could not be loaded)`} className={className} />
    );
  if (kind === "video") {
    return (
      <div className={`relative overflow-hidden rounded-md bg-black ${className}`}>
        <video
          src={src}
          preload="metadata"
          muted
          playsInline
          aria-label={`Video: ${name}`}
          onError={() => setFailed(true)}
          className="h-full w-full object-cover"
        />
        <span className="absolute inset-0 m-auto flex h-12 w-12 items-center justify-center rounded-full bg-black/50 text-on-media">
          <PlayIcon className="h-6 w-6" />
        </span>
      </div>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- any URL or library preview; next/image needs known hosts
    <img
      src={src}
      alt={`Image: ${name}`}
      onError={() => setFailed(true)}
      className={`w-full rounded-md object-cover ${className}`}
    />
  );
}

/** The image or video of a message or a template header, as a thumbnail. */
export const VisualMedia = memo(function VisualMedia({
  kind,
  media,
  className = "h-40",
}: {
  kind: VisualKind;
  media: MediaRef | undefined;
  className?: string;
}) {
  const view = describeMedia(media, kindNames[kind]);
  if (!view.src) {
    const text =
      view.placeholder === "Not chosen yet"
        ? `No ${kind} chosen yet`
        : (view.placeholder ?? view.name);
    return <PlaceholderTile kind={kind} text={text} className={className} />;
  }
  // Keyed by source so a new file gets a fresh load (and error state).
  return (
    <LoadedVisual
      key={view.src}
      kind={kind}
      src={view.src}
      name={view.name}
      className={className}
    />
  );
});

/** A document as WhatsApp shows it: file icon, name and type. */
export const DocumentTile = memo(function DocumentTile({
  media,
  filename,
}: {
  media: MediaRef | undefined;
  filename?: string;
}) {
  const view = describeMedia(media, "Document");
  const name = filename || (media ? view.name : "No document chosen yet");
  const type = filename
    ? (/\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toUpperCase() ?? view.type)
    : view.type;
  return (
    <div
      role="group"
      aria-label={`Document: ${name}`}
      className="flex items-center gap-3 rounded-md bg-black/5 p-3"
    >
      <span className="flex h-10 w-8 shrink-0 items-center justify-center rounded bg-red-500 text-[9px] font-bold text-white">
        {type ? type.slice(0, 4) : <DocumentIcon className="h-5 w-5" />}
      </span>
      <span className="min-w-0">
        <span className="block truncate text-sm font-medium">{name}</span>
        <span className="block text-xs text-wa-meta">{type ? `${type} document` : "Document"}</span>
      </span>
    </div>
  );
});

function coordinate(value: unknown): string {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) && value !== "" ? n.toFixed(5) : "—";
}

/** A map-like tile with a pin (no external map service), the place name, address and coordinates. */
export const LocationTile = memo(function LocationTile({
  location,
}: {
  location:
    { latitude?: unknown; longitude?: unknown; name?: string; address?: string } | undefined;
}) {
  const lat = coordinate(location?.latitude);
  const lng = coordinate(location?.longitude);
  return (
    <div role="group" aria-label={`Location: ${location?.name || `${lat}, ${lng}`}`}>
      <div
        className="relative flex h-32 items-center justify-center overflow-hidden rounded-md bg-[#e8eadf]"
        style={{
          backgroundImage:
            "linear-gradient(90deg, rgba(255,255,255,.7) 2px, transparent 2px), linear-gradient(rgba(255,255,255,.7) 2px, transparent 2px), linear-gradient(35deg, transparent 45%, #b7d7a8 45%, #b7d7a8 60%, transparent 60%)",
          backgroundSize: "36px 36px, 36px 36px, 100% 100%",
        }}
      >
        <PinIcon className="h-10 w-10 drop-shadow" />
      </div>
      <div className="px-1 pt-1.5">
        {location?.name ? <p className="font-medium">{location.name}</p> : null}
        {location?.address ? <p className="text-xs text-wa-meta">{location.address}</p> : null}
        <p className="text-xs text-wa-meta">
          {lat}, {lng}
        </p>
      </div>
    </div>
  );
});
