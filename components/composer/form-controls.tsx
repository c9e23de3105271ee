"use client";

// Labelled controls bound to the compose form by name. Each shows its error right under it as
// the operator types (the form validates on change) and, where WhatsApp caps the length, a
// character counter. Inputs stay uncontrolled (register), so a keystroke re-renders only the
// counter and the error of that one field.
import { useId } from "react";
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";
import clsx from "clsx";
import type { ComposeFormValues, FieldName } from "./form-types";

export const controlClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal aria-[invalid=true]:border-red-500";

export const buttonClass = {
  primary:
    "rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60",
  secondary:
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60",
  small:
    "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-50",
  link: "text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900",
} as const;

/** The message of the error at `name` (nested paths such as "message.rows.0.title"). */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState<ComposeFormValues>({ name: name as FieldName });
  // An array's own error (e.g. "At most 10 rows") may sit beside its items' errors, as `root`.
  const error = get<typeof errors, { message?: unknown; root?: { message?: unknown } } | undefined>(
    errors,
    name,
  );
  const message = error?.message ?? error?.root?.message;
  return typeof message === "string" ? message : undefined;
}

export function FieldError({ id, name }: { id: string; name: string }) {
  const error = useFieldError(name);
  return error ? (
    <p id={id} className="text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

function CharCounter({ id, name, max }: { id: string; name: string; max: number }) {
  const value = useWatch<ComposeFormValues>({ name: name as FieldName });
  const length = typeof value === "string" ? value.trim().length : 0;
  return (
    <p
      id={id}
      className={clsx("text-xs tabular-nums", length > max ? "text-red-700" : "text-slate-500")}
    >
      {length.toLocaleString("en")} / {max.toLocaleString("en")} characters
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** WhatsApp's limit: shows a counter. */
  max?: number;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  type?: "text" | "url" | "tel" | "datetime-local";
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  className?: string;
  /** Visually hidden label (e.g. inside a table-like row), still the accessible name. */
  hideLabel?: boolean;
  autoComplete?: string;
};

export function TextField({
  name,
  label,
  hint,
  max,
  multiline,
  rows = 4,
  placeholder,
  type = "text",
  inputMode,
  className,
  hideLabel,
  autoComplete = "off",
}: TextFieldProps) {
  const id = useId();
  const { register } = useFormContext<ComposeFormValues>();
  const error = useFieldError(name);
  const props = {
    id,
    ...register(name as FieldName),
    placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(
      hint && `${id}-hint`,
      max ? `${id}-count` : undefined,
      error && `${id}-error`,
    ),
    className: controlClass,
    autoComplete,
  };
  return (
    <div className={className ?? "flex flex-col gap-1"}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "text-sm font-medium"}>
        {label}
      </label>
      {multiline ? (
        <textarea rows={rows} {...props} />
      ) : (
        <input type={type} inputMode={inputMode} {...props} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {max ? <CharCounter id={`${id}-count`} name={name} max={max} /> : null}
      <FieldError id={`${id}-error`} name={name} />
    </div>
  );
}

/** A group of related inputs with a legend and the group's own error (e.g. a count mismatch). */
export function FieldGroup({
  legend,
  name,
  hint,
  children,
  actions,
}: {
  legend: string;
  /** The path whose error belongs to the group as a whole ("message.rows"). */
  name?: string;
  hint?: string;
  children: React.ReactNode;
  actions?: React.ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-describedby={describedBy(hint && `${id}-hint`, name && `${id}-error`)}
    >
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="-mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {name ? <FieldError id={`${id}-error`} name={name} /> : null}
      {children}
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </fieldset>
  );
}
