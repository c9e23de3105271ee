"use client";

// Recipients: one or many, pasted one per line or separated by commas. Each entry is read as you
// type and shown as a chip: the normalised number, or what is wrong with it; repeats are merged.
import { useDeferredValue, useId, useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import clsx from "clsx";
import { readRecipients } from "@/lib/composer/recipients";
import { FieldError, useFieldError } from "./bound-fields";
import { fieldControlClass } from "@/components/ui/styles";
import type { ComposeFormValues } from "./form-types";

const MAX_CHIPS = 60;

export function RecipientsField() {
  const id = useId();
  const { register } = useFormContext<ComposeFormValues>();
  const text = useWatch<ComposeFormValues, "recipients">({ name: "recipients" });
  const deferred = useDeferredValue(text);
  const reading = useMemo(() => readRecipients(deferred ?? ""), [deferred]);
  const error = useFieldError("recipients");

  const chips = [
    ...reading.recipients.map((r) => ({
      key: `ok-${r.e164}`,
      position: r.positions[0] ?? 0,
      ok: true as const,
      text: r.e164,
      repeats: r.inputs.length,
    })),
    ...reading.invalid.map((e) => ({
      key: `bad-${e.position}`,
      position: e.position,
      ok: false as const,
      text: e.input,
      detail: e.reason,
      repeats: 1,
    })),
  ].sort((a, b) => a.position - b.position);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Recipients
      </label>
      <textarea
        id={id}
        rows={3}
        {...register("recipients")}
        placeholder="0812 3456 7890, +62 813 …"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-summary${error ? ` ${id}-error` : ""}`}
        className={fieldControlClass}
        autoComplete="off"
        spellCheck={false}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        One number per line, or separated by commas. Numbers without a country code are read as
        Indonesian.
      </p>
      <p id={`${id}-summary`} className="text-xs text-slate-600" aria-live="polite">
        {reading.totalEntries === 0
          ? "No recipients yet."
          : `${reading.recipients.length} ${reading.recipients.length === 1 ? "number" : "numbers"}` +
            (reading.invalid.length ? `, ${reading.invalid.length} invalid` : "") +
            (reading.duplicates.length
              ? `, ${reading.duplicates.length} ${reading.duplicates.length === 1 ? "duplicate" : "duplicates"} merged`
              : "")}
      </p>
      {chips.length > 0 ? (
        <ul aria-label="Recipients as read" className="flex flex-wrap gap-1.5">
          {chips.slice(0, MAX_CHIPS).map((chip) => (
            <li
              key={chip.key}
              className={clsx(
                "rounded-full border px-2.5 py-0.5 text-xs",
                chip.ok
                  ? "border-brand-100 bg-brand-50 text-brand-900"
                  : "border-red-200 bg-red-50 text-red-800",
              )}
            >
              {chip.ok ? (
                <>
                  <span aria-hidden>✓ </span>
                  <span className="font-mono">{chip.text}</span>
                  {chip.repeats > 1 ? (
                    <>
                      <span aria-hidden> ×{chip.repeats}</span>
                      <span className="sr-only">, entered {chip.repeats} times, sent once</span>
                    </>
                  ) : (
                    <span className="sr-only">: valid</span>
                  )}
                </>
              ) : (
                <>
                  <span aria-hidden>✕ </span>
                  <span className="font-mono">{chip.text}</span>
                  <span>: {chip.detail}</span>
                </>
              )}
            </li>
          ))}
          {chips.length > MAX_CHIPS ? (
            <li className="text-xs text-slate-500">and {chips.length - MAX_CHIPS} more</li>
          ) : null}
        </ul>
      ) : null}
      <FieldError id={`${id}-error`} name="recipients" />
    </div>
  );
}
