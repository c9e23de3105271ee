"use client";

// Labelled controls for the template form: each error sits next to its control, tied with
// aria-describedby and announced; hints and character counters are described the same way.
import { useId } from "react";

export const controlClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal aria-[invalid=true]:border-red-500";

export const buttonClass = {
  primary:
    "rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60",
  secondary:
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60",
  small:
    "rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-40",
  danger:
    "rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60",
  dangerSolid:
    "rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60",
} as const;

export interface FieldMeta {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

/**
 * A label, a control (rendered by `children` with the ids it needs), then its hint, counter,
 * warning and error.
 */
export function Field({
  label,
  hint,
  error,
  warning,
  count,
  className,
  children,
}: {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  warning?: string | null;
  count?: { value: number; max: number };
  className?: string;
  children: (meta: FieldMeta) => React.ReactNode;
}) {
  const id = useId();
  const ids = [
    hint ? `${id}-hint` : null,
    count ? `${id}-count` : null,
    warning ? `${id}-warning` : null,
    error ? `${id}-error` : null,
  ].filter(Boolean);
  return (
    <div className={className ?? "flex flex-col gap-1"}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        describedBy: ids.length ? ids.join(" ") : undefined,
        invalid: error ? true : undefined,
      })}
      <div className="flex items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
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
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </div>
        {count ? (
          <p
            id={`${id}-count`}
            className={`shrink-0 text-xs tabular-nums ${count.value > count.max ? "font-medium text-red-700" : "text-slate-500"}`}
          >
            <span className="sr-only">Characters used: </span>
            {count.value}/{count.max}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** An error that belongs to a group (a list of buttons or cards), not a single control. */
export function GroupError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/** The message of `errors[key]` when the key exists only on some variants of a union row. */
export function variantError(errors: unknown, key: string): string | undefined {
  if (!errors || typeof errors !== "object" || !(key in errors)) return undefined;
  const entry = (errors as Record<string, { message?: unknown } | undefined>)[key];
  return typeof entry?.message === "string" ? entry.message : undefined;
}
