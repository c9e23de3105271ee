"use client";

import { useFormContext } from "react-hook-form";
import { CAPTION_MAX } from "@/lib/damcorp/limits";
import { TextField } from "../bound-fields";
import type { ComposeFormValues, FieldName } from "../form-types";
import { MediaRefField } from "../media-ref-field";

const labels = {
  image: "Image",
  video: "Video",
  audio: "Audio",
  document: "Document",
  sticker: "Sticker",
} as const;

export function MediaMessageFields({ kind }: { kind: keyof typeof labels }) {
  const { getValues, setValue } = useFormContext<ComposeFormValues>();
  return (
    <div className="flex flex-col gap-4">
      <MediaRefField
        name="message.media"
        label={labels[kind]}
        kind={kind}
        sources={kind === "sticker" ? ["library", "url"] : ["library", "url", "id"]}
        hint={
          kind === "sticker"
            ? "A .webp image: from the media library, or by its web address."
            : "From the media library, by web address, or by a Damcorp media ID."
        }
        onPicked={(asset) => {
          // The recipient sees the file name: start from the library item's.
          if (kind === "document" && !getValues("message.filename" as FieldName)) {
            setValue("message.filename", asset.name as never, { shouldDirty: true });
          }
        }}
      />
      {kind === "image" || kind === "video" || kind === "document" ? (
        <TextField
          name="message.caption"
          label="Caption"
          multiline
          rows={3}
          max={CAPTION_MAX}
          hint="Optional"
        />
      ) : null}
      {kind === "document" ? (
        <TextField
          name="message.filename"
          label="File name"
          hint="Optional: the name the recipient sees."
        />
      ) : null}
    </div>
  );
}
