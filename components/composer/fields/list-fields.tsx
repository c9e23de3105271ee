"use client";

import {
  HEADER_TEXT_MAX,
  INTERACTIVE_BODY_MAX,
  LIST_ROWS_MAX,
  LIST_ROW_DESCRIPTION_MAX,
  LIST_ROW_TITLE_MAX,
  LIST_TITLE_MAX,
} from "@/lib/damcorp/limits";
import { FieldGroup, TextField } from "../bound-fields";
import { buttonClass } from "@/components/ui/styles";
import { useArrayField } from "../use-array-field";
import { FORMATTING_HINT } from "./text-fields";

type Row = { title: string; description?: string };

export function ListFields() {
  const rows = useArrayField<Row>("message.rows");
  return (
    <div className="flex flex-col gap-4">
      <TextField name="message.header" label="Header" max={HEADER_TEXT_MAX} hint="Optional" />
      <TextField
        name="message.body"
        label="Message"
        multiline
        rows={5}
        max={INTERACTIVE_BODY_MAX}
        hint={FORMATTING_HINT}
      />
      <TextField
        name="message.listTitle"
        label="Menu button"
        max={LIST_TITLE_MAX}
        hint="The button that opens the list."
      />
      <FieldGroup
        legend="Rows"
        name="message.rows"
        hint={`1 to ${LIST_ROWS_MAX} rows, each with a different title.`}
        actions={
          <button
            type="button"
            disabled={rows.items.length >= LIST_ROWS_MAX}
            onClick={() => rows.add({ title: "", description: "" })}
            className={buttonClass.secondary}
          >
            Add row
          </button>
        }
      >
        {rows.items.map((_, i) => (
          <div key={i} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
            <TextField
              name={`message.rows.${i}.title`}
              label={`Row ${i + 1} title`}
              max={LIST_ROW_TITLE_MAX}
            />
            <TextField
              name={`message.rows.${i}.description`}
              label={`Row ${i + 1} description`}
              max={LIST_ROW_DESCRIPTION_MAX}
            />
            {rows.items.length > 1 ? (
              <div className="sm:col-span-2">
                <button
                  type="button"
                  onClick={() => rows.remove(i)}
                  className={buttonClass.small}
                  aria-label={`Remove row ${i + 1}`}
                >
                  Remove row
                </button>
              </div>
            ) : null}
          </div>
        ))}
      </FieldGroup>
    </div>
  );
}
