"use client";

import { TEXT_MESSAGE_MAX } from "@/lib/damcorp/limits";
import { TextField } from "../bound-fields";

export const FORMATTING_HINT =
  "WhatsApp formatting: *bold*, _italic_, ~strike~, ```monospace```, `code`, - lists, > quotes.";

export function TextFields() {
  return (
    <TextField
      name="message.body"
      label="Message"
      multiline
      rows={8}
      max={TEXT_MESSAGE_MAX}
      hint={FORMATTING_HINT}
    />
  );
}
