"use client";

import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

// Labelled inputs for react-hook-form whose error sits next to them (aria-describedby, role=alert).

const controlClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal aria-[invalid=true]:border-red-500";

type FieldProps = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  optional?: boolean;
};

function Messages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  return (
    <label htmlFor={id} className="text-sm font-medium">
      {label}
      {optional ? <span className="font-normal text-slate-500"> (optional)</span> : null}
    </label>
  );
}

export function InputField({
  label,
  registration,
  error,
  hint,
  optional,
  ...input
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <Label id={id} label={label} optional={optional} />
      <input
        id={id}
        type="text"
        {...input}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClass}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  registration,
  error,
  hint,
  optional,
  ...textarea
}: FieldProps & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <Label id={id} label={label} optional={optional} />
      <textarea
        id={id}
        rows={3}
        {...textarea}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClass}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}
