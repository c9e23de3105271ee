"use client";

// Labelled native controls on the one Field (components/ui/field.tsx): pass `name` for a plain
// form (FormData) or spread react-hook-form's register("x") — its ref reaches the element.
import { useId } from "react";
import { describedBy, Field, FieldError, type FieldProps } from "./field";
import { fieldControlClass } from "./styles";

type Shared = Omit<FieldProps, "children" | "count" | "counter"> & {
  count?: FieldProps["count"];
};

type InputProps = Shared &
  Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "children"> & {
    ref?: React.Ref<HTMLInputElement>;
  };

/** Splits what Field takes from what the element takes. */
function fieldProps<T extends Shared>(props: T) {
  const {
    label,
    hint,
    error,
    warning,
    count,
    optional,
    hideLabel,
    announce,
    className,
    ...element
  } = props;
  return {
    field: { label, hint, error, warning, count, optional, hideLabel, announce, className },
    element,
  };
}

export function TextField(props: InputProps) {
  const { field, element } = fieldProps(props);
  return (
    <Field {...field}>
      {(meta) => (
        <input
          id={meta.id}
          type="text"
          {...element}
          aria-invalid={meta.invalid}
          aria-describedby={meta.describedBy}
          className={fieldControlClass}
        />
      )}
    </Field>
  );
}

type TextAreaProps = Shared &
  Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "children"> & {
    ref?: React.Ref<HTMLTextAreaElement>;
  };

export function TextAreaField(props: TextAreaProps) {
  const { field, element } = fieldProps(props);
  return (
    <Field {...field}>
      {(meta) => (
        <textarea
          id={meta.id}
          rows={3}
          {...element}
          aria-invalid={meta.invalid}
          aria-describedby={meta.describedBy}
          className={fieldControlClass}
        />
      )}
    </Field>
  );
}

type SelectProps = Shared &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "id" | "children"> & {
    options: readonly { value: string; label: string }[];
    ref?: React.Ref<HTMLSelectElement>;
  };

export function SelectField({ options, ...props }: SelectProps) {
  const { field, element } = fieldProps(props);
  return (
    <Field {...field}>
      {(meta) => (
        <select
          id={meta.id}
          {...element}
          aria-invalid={meta.invalid}
          aria-describedby={meta.describedBy}
          className={fieldControlClass}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label after it (the label is clickable); hint and error as any field. */
export function CheckboxField(props: InputProps) {
  const id = useId();
  const { field, element } = fieldProps(props);
  const { label, hint, error, announce, className } = field;
  return (
    <div className={className ?? "flex flex-col gap-1"}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          {...element}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`)}
          className="h-4 w-4 accent-brand-600"
        />
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} announce={announce} />
    </div>
  );
}

/** The form-level message of a refused action (field errors show next to their fields). */
export function FormAlert({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      {message}
    </p>
  );
}
