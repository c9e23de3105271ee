"use client";

// The compose form's fields, bound by name: components/ui's Field with its error read from the
// form state of that one name (the form validates as the operator types, so errors are not
// announced as alerts) and, where WhatsApp caps the length, a counter that watches that one
// value. Inputs stay uncontrolled (register): a keystroke re-renders only its own counter and error.
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";
import {
  CharCount,
  Field,
  FieldError as ShownError,
  FieldGroup as Group,
} from "@/components/ui/field";
import { fieldControlClass } from "@/components/ui/styles";
import type { ComposeFormValues, FieldName } from "./form-types";

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
  return <ShownError id={id} message={useFieldError(name)} announce={false} />;
}

function WatchedCount({ id, name, max }: { id: string; name: string; max: number }) {
  const value = useWatch<ComposeFormValues>({ name: name as FieldName });
  return (
    <CharCount id={id} value={typeof value === "string" ? value.trim().length : 0} max={max} />
  );
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
  const { register } = useFormContext<ComposeFormValues>();
  const error = useFieldError(name);
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      announce={false}
      hideLabel={hideLabel}
      className={className}
      counter={max ? (id) => <WatchedCount id={id} name={name} max={max} /> : undefined}
    >
      {(meta) => {
        const props = {
          id: meta.id,
          ...register(name as FieldName),
          placeholder,
          "aria-invalid": meta.invalid,
          "aria-describedby": meta.describedBy,
          className: fieldControlClass,
          autoComplete,
        };
        return multiline ? (
          <textarea rows={rows} {...props} />
        ) : (
          <input type={type} inputMode={inputMode} {...props} />
        );
      }}
    </Field>
  );
}

type GroupProps = {
  legend: string;
  hint?: string;
  children: React.ReactNode;
  actions?: React.ReactNode;
};

/** A group of related inputs whose own error (a count mismatch) lives at `name`, if given. */
export function FieldGroup({
  name,
  ...props
}: GroupProps & {
  /** The path whose error belongs to the group as a whole ("message.rows"). */
  name?: string;
}) {
  return name ? <NamedGroup name={name} {...props} /> : <Group {...props} />;
}

function NamedGroup({ name, ...props }: GroupProps & { name: string }) {
  return <Group {...props} error={useFieldError(name)} announce={false} />;
}
