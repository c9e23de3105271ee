"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { ComposeFormValues, FieldName } from "./form-types";

/**
 * A list inside the compose form (buttons, rows, sections…): its items, and add/remove that
 * keep the form the single source of truth. Removing re-validates so no error stays on a row
 * that moved; adding does not, so a new empty row is not red before it is typed in.
 */
export function useArrayField<T>(name: string) {
  const { getValues, setValue } = useFormContext<ComposeFormValues>();
  const items = (useWatch<ComposeFormValues>({ name: name as FieldName }) as T[] | undefined) ?? [];
  const current = () => (getValues(name as FieldName) as T[] | undefined) ?? [];
  return {
    items,
    add(item: T) {
      setValue(name as FieldName, [...current(), item] as never, { shouldDirty: true });
    },
    remove(index: number) {
      setValue(name as FieldName, current().filter((_, i) => i !== index) as never, {
        shouldDirty: true,
        shouldValidate: true,
      });
    },
  };
}
