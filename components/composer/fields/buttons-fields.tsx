"use client";

import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import {
  FOOTER_MAX,
  HEADER_TEXT_MAX,
  INTERACTIVE_BODY_MAX,
  REPLY_BUTTONS_MAX,
  REPLY_BUTTON_TEXT_MAX,
} from "@/lib/damcorp/limits";
import { FieldGroup, TextField } from "../bound-fields";
import { buttonClass, fieldControlClass } from "@/components/ui/styles";
import type { ComposeFormValues } from "../form-types";
import { MediaRefField } from "../media-ref-field";
import { useArrayField } from "../use-array-field";
import { FORMATTING_HINT } from "./text-fields";

type HeaderType = "none" | "text" | "image" | "video" | "document";

function ReplyHeaderField() {
  const id = useId();
  const { setValue } = useFormContext<ComposeFormValues>();
  const header = useWatch<ComposeFormValues>({ name: "message.header" }) as
    { type: Exclude<HeaderType, "none"> } | undefined;
  const type: HeaderType = header?.type ?? "none";

  function change(next: HeaderType) {
    const value =
      next === "none"
        ? undefined
        : next === "text"
          ? { type: next, text: "" }
          : { type: next, media: { source: "url", url: "" }, filename: "" };
    setValue("message.header", value as never, { shouldDirty: true });
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Header
        </label>
        <select
          id={id}
          value={type}
          onChange={(e) => change(e.target.value as HeaderType)}
          className={fieldControlClass}
        >
          <option value="none">No header</option>
          <option value="text">Text</option>
          <option value="image">Image</option>
          <option value="video">Video</option>
          <option value="document">Document</option>
        </select>
      </div>
      {type === "text" ? (
        <TextField name="message.header.text" label="Header text" max={HEADER_TEXT_MAX} />
      ) : type !== "none" ? (
        <>
          <MediaRefField
            name="message.header.media"
            label={`Header ${type}`}
            kind={type}
            sources={["url"]}
            hint="Damcorp takes a header file by its web address."
          />
          {type === "document" ? (
            <TextField name="message.header.filename" label="Header file name" hint="Optional" />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

export function ReplyButtonsFields() {
  const buttons = useArrayField<string>("message.buttons");
  return (
    <div className="flex flex-col gap-4">
      <ReplyHeaderField />
      <TextField
        name="message.body"
        label="Message"
        multiline
        rows={5}
        max={INTERACTIVE_BODY_MAX}
        hint={FORMATTING_HINT}
      />
      <TextField name="message.footer" label="Footer" max={FOOTER_MAX} hint="Optional" />
      <FieldGroup
        legend="Reply buttons"
        name="message.buttons"
        hint={`1 to ${REPLY_BUTTONS_MAX} buttons, each with a different text.`}
        actions={
          <button
            type="button"
            disabled={buttons.items.length >= REPLY_BUTTONS_MAX}
            onClick={() => buttons.add("")}
            className={buttonClass.secondary}
          >
            Add button
          </button>
        }
      >
        {buttons.items.map((_, i) => (
          <div key={i} className="flex items-end gap-2">
            <TextField
              name={`message.buttons.${i}`}
              label={`Button ${i + 1}`}
              max={REPLY_BUTTON_TEXT_MAX}
              className="flex flex-1 flex-col gap-1"
            />
            {buttons.items.length > 1 ? (
              <button
                type="button"
                onClick={() => buttons.remove(i)}
                className={`${buttonClass.small} mb-7`}
                aria-label={`Remove button ${i + 1}`}
              >
                Remove
              </button>
            ) : null}
          </div>
        ))}
      </FieldGroup>
    </div>
  );
}
