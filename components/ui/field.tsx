"use client";

// The one labelled field of every form: a label, the control (rendered by `children` with the
// ids it needs), then its hint, warning, error and character count, all tied to the control
// with aria-describedby. Forms bound to react-hook-form pass the error of their field; plain
// forms pass the action's field error.
import clsx from "clsx";
import { useId } from "react";

export interface FieldMeta {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

export interface FieldProps {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  /** Something to know that is not an error (shown, and described, before the error). */
  warning?: string | null;
  /** Characters used against WhatsApp's limit; or `counter` to render a count that updates itself. */
  count?: { value: number; max: number };
  counter?: (id: string) => React.ReactNode;
  /** "(optional)" after the label. */
  optional?: boolean;
  /** Visually hidden label (inside a row of inputs), still the accessible name. */
  hideLabel?: boolean;
  /**
   * Announce the error as an alert (it appears after a submit). Forms that validate as the user
   * types pass false: an alert per keystroke would interrupt.
   */
  announce?: boolean;
  className?: string;
  children: (meta: FieldMeta) => React.ReactNode;
}

export function Field({
  label,
  hint,
  error,
  warning,
  count,
  counter,
  optional,
  hideLabel,
  announce = true,
  className,
  children,
}: FieldProps) {
  const id = useId();
  const counted = Boolean(count || counter);
  return (
    <div className={className ?? "flex flex-col gap-1"}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "text-sm font-medium"}>
        {label}
        {optional ? <span className="font-normal text-slate-500"> (optional)</span> : null}
      </label>
      {children({
        id,
        describedBy: describedBy(
          hint ? `${id}-hint` : undefined,
          warning && `${id}-warning`,
          counted && `${id}-count`,
          error && `${id}-error`,
        ),
        invalid: error ? true : undefined,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {warning ? (
        <p id={`${id}-warning`} role="status" className="text-xs text-amber-800">
          {warning}
        </p>
      ) : null}
      {count ? <CharCount id={`${id}-count`} value={count.value} max={count.max} /> : null}
      {counter ? counter(`${id}-count`) : null}
      <FieldError id={`${id}-error`} message={error} announce={announce} />
    </div>
  );
}

/** "12/60 characters", red once over the limit. */
export function CharCount({ id, value, max }: { id: string; value: number; max: number }) {
  return (
    <p
      id={id}
      className={clsx("text-xs tabular-nums", value > max ? "text-red-700" : "text-slate-500")}
    >
      {value}/{max} characters
    </p>
  );
}

export function FieldError({
  id,
  message,
  announce = true,
}: {
  id?: string;
  message?: string;
  announce?: boolean;
}) {
  if (!message) return null;
  return (
    <p id={id} role={announce ? "alert" : undefined} className="text-sm text-red-700">
      {message}
    </p>
  );
}

/** A group of related controls with a legend and the group's own error (e.g. a count mismatch). */
export function FieldGroup({
  legend,
  hint,
  error,
  announce = true,
  children,
  actions,
}: {
  legend: string;
  hint?: string;
  /** What belongs to the group as a whole ("At most 10 rows"). */
  error?: string;
  announce?: boolean;
  children: React.ReactNode;
  actions?: React.ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`)}
    >
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="-mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} announce={announce} />
      {children}
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </fieldset>
  );
}
