"use client";

import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlClass, FieldMessages } from "@/components/ui/form-fields";

// Labelled inputs for react-hook-form whose error sits next to them (aria-describedby, role=alert).

type FieldProps = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  optional?: boolean;
};

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
      <FieldMessages id={id} hint={hint} error={error} />
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
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
