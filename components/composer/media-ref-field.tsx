"use client";

// A media file for a send: from Kabar's media library (MediaPicker), by web address, or by a
// Damcorp media ID. Which of these a place accepts follows Damcorp: headers take only a web
// address, carousel cards only a media ID, stickers a .webp address or a library sticker.
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { MediaPicker, type PickedMedia } from "@/components/media/media-picker";
import type { MediaKind } from "@/lib/media/rules";
import type { MediaRef } from "@/lib/composer/draft-schema";
import { FieldError, TextField } from "./bound-fields";
import type { ComposeFormValues, FieldName } from "./form-types";

export type MediaSource = MediaRef["source"];

const sourceLabels: Record<MediaSource, string> = {
  library: "Media library",
  url: "Web address",
  id: "Damcorp media ID",
};

function emptyRef(source: MediaSource) {
  switch (source) {
    case "library":
      return { source, assetId: "" } as const;
    case "url":
      return { source, url: "" } as const;
    case "id":
      return { source, mediaId: "" } as const;
  }
}

export function MediaRefField({
  name,
  label,
  kind,
  sources = ["library", "url", "id"],
  hint,
  onPicked,
}: {
  name: string;
  label: string;
  kind: MediaKind;
  sources?: readonly MediaSource[];
  hint?: string;
  /** After a library pick (documents copy the file name). */
  onPicked?: (asset: PickedMedia) => void;
}) {
  const id = useId();
  const { setValue } = useFormContext<ComposeFormValues>();
  const value = useWatch<ComposeFormValues>({ name: name as FieldName }) as
    { source?: MediaSource; assetId?: string } | undefined;
  const source: MediaSource = value?.source ?? sources[0] ?? "url";

  function choose(next: MediaSource) {
    setValue(name as FieldName, emptyRef(next) as never, { shouldDirty: true });
  }

  function pick(asset: PickedMedia | null) {
    const ref = asset
      ? {
          source: "library" as const,
          assetId: asset.id,
          name: asset.name,
          mimeType: asset.mimeType,
          previewUrl: asset.previewUrl,
        }
      : emptyRef("library");
    setValue(name as FieldName, ref as never, { shouldDirty: true, shouldValidate: true });
    if (asset) onPicked?.(asset);
  }

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{label}</legend>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {sources.length > 1 ? (
        <div role="radiogroup" aria-label={`${label}: source`} className="flex flex-wrap gap-3">
          {sources.map((s) => (
            <label key={s} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name={`${id}-source`}
                value={s}
                checked={source === s}
                onChange={() => choose(s)}
                className="accent-brand-600"
              />
              {sourceLabels[s]}
            </label>
          ))}
        </div>
      ) : null}
      {source === "library" ? (
        <div className="flex flex-col gap-1">
          <MediaPicker
            kind={kind}
            value={value?.assetId || null}
            onChange={pick}
            label={`Choose ${label.toLowerCase()}`}
          />
          <FieldError id={`${id}-error`} name={`${name}.assetId`} />
        </div>
      ) : source === "url" ? (
        <TextField
          name={`${name}.url`}
          label={`${label} address`}
          type="url"
          inputMode="url"
          placeholder="https://…"
        />
      ) : (
        <TextField name={`${name}.mediaId`} label={`${label} media ID`} />
      )}
      <FieldError id={`${id}-ref-error`} name={name} />
    </fieldset>
  );
}
