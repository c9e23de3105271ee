"use client";

import { get, useFormContext, useFormState, type Path } from "react-hook-form";
import { Field, type FieldMeta } from "@/components/ui/field";
import type { TemplateFormValues } from "./template-form-values";

/**
 * A Field whose error comes from the form state of `name` only: a keystroke elsewhere does not
 * re-render it, and the form around it does not subscribe to every error.
 */
export function BoundField({
  name,
  ...props
}: {
  name: Path<TemplateFormValues>;
  label: string;
  hint?: React.ReactNode;
  warning?: string | null;
  count?: { value: number; max: number };
  className?: string;
  children: (meta: FieldMeta) => React.ReactNode;
}) {
  const { control } = useFormContext<TemplateFormValues>();
  const { errors } = useFormState({ control, name });
  const error: unknown = get(errors, name);
  const message =
    error && typeof error === "object" && "message" in error && typeof error.message === "string"
      ? error.message
      : undefined;
  return <Field {...props} error={message} />;
}
