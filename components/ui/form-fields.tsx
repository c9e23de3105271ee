"use client";

// Labelled native controls on the one Field (components/ui/field.tsx): pass `name` for a plain
// form (FormData) or spread react-hook-form's register("x") — its ref reaches the element.
// A field that renders its own Field (one bound to a form state) puts the bare controls below
// (Input, Select, TextArea) in it: they take the Field's meta for id, description and error.
import clsx from "clsx";
import { useId } from "react";
import { describedBy, Field, FieldError, type FieldMeta, type FieldProps } from "./field";
import { compactControlClass, controlClass, fieldControlClass } from "./styles";

type ControlProps = {
  meta: FieldMeta;
  /** A fixed width ("w-48") instead of filling the field. */
  controlWidth?: string;
  /** The toolbar and table size (see compactControlClass); implies the control's own width. */
  compact?: boolean;
  /** Added to the control's look (e.g. "font-mono"). */
  className?: string;
};

function controlAttributes({ meta, controlWidth, compact, className }: ControlProps) {
  const look = compact ? compactControlClass : controlWidth ? controlClass : fieldControlClass;
  return {
    id: meta.id,
    "aria-invalid": meta.invalid,
    "aria-describedby": meta.describedBy,
    className: clsx(look, controlWidth, className),
  };
}

type InputControlProps = ControlProps &
  Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
    ref?: React.Ref<HTMLInputElement>;
  };

export function Input({ meta, controlWidth, compact, className, ...element }: InputControlProps) {
  return (
    <input
      type="text"
      {...element}
      {...controlAttributes({ meta, controlWidth, compact, className })}
    />
  );
}

type TextAreaControlProps = ControlProps &
  Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className"> & {
    ref?: React.Ref<HTMLTextAreaElement>;
  };

export function TextArea({
  meta,
  controlWidth,
  compact,
  className,
  ...element
}: TextAreaControlProps) {
  return (
    <textarea
      rows={3}
      {...element}
      {...controlAttributes({ meta, controlWidth, compact, className })}
    />
  );
}

export type SelectOption = { value: string; label: string };

type SelectControlProps = ControlProps &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "id" | "className" | "children"> & {
    options: readonly SelectOption[];
    ref?: React.Ref<HTMLSelectElement>;
  };

export function Select({
  meta,
  controlWidth,
  compact,
  className,
  options,
  ...element
}: SelectControlProps) {
  return (
    <select {...element} {...controlAttributes({ meta, controlWidth, compact, className })}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

type Shared = Omit<FieldProps, "children" | "count" | "counter"> & {
  count?: FieldProps["count"];
  /** The control's fixed width ("w-48"); by default it fills the field. */
  controlWidth?: string;
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
    controlWidth,
    ...element
  } = props;
  return {
    field: { label, hint, error, warning, count, optional, hideLabel, announce, className },
    element,
    controlWidth,
  };
}

export function TextField(props: InputProps) {
  const { field, element, controlWidth } = fieldProps(props);
  return (
    <Field {...field}>
      {(meta) => <Input meta={meta} controlWidth={controlWidth} {...element} />}
    </Field>
  );
}

type TextAreaProps = Shared &
  Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "children"> & {
    ref?: React.Ref<HTMLTextAreaElement>;
  };

export function TextAreaField(props: TextAreaProps) {
  const { field, element, controlWidth } = fieldProps(props);
  return (
    <Field {...field}>
      {(meta) => <TextArea meta={meta} controlWidth={controlWidth} {...element} />}
    </Field>
  );
}

type SelectProps = Shared &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "id" | "children"> & {
    options: readonly SelectOption[];
    ref?: React.Ref<HTMLSelectElement>;
  };

export function SelectField({ options, ...props }: SelectProps) {
  const { field, element, controlWidth } = fieldProps(props);
  return (
    <Field {...field}>
      {(meta) => <Select meta={meta} controlWidth={controlWidth} options={options} {...element} />}
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
