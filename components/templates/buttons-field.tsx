"use client";

import { useFieldArray, useFormContext, useFormState } from "react-hook-form";
import * as limits from "@/lib/damcorp/limits";
import { FieldError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { variantError } from "./variant-error";
import { ItemControls } from "./item-controls";
import {
  buttonKindOptions,
  buttonOfKind,
  type ButtonKind,
  type TemplateFormValues,
} from "./template-form-values";

/** The template's buttons: add, remove, reorder; each kind shows the fields it needs. */
export function ButtonsField() {
  const { control, register, getValues } = useFormContext<TemplateFormValues>();
  const { errors } = useFormState({ control, name: "buttons" });
  const { fields, append, remove, move, update } = useFieldArray({ control, name: "buttons" });
  const groupError = errors.buttons?.root?.message ?? errors.buttons?.message;

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Buttons</legend>
      <p className="text-xs text-slate-500">
        In the order WhatsApp shows them, at most {limits.TEMPLATE_BUTTONS_MAX}. URL buttons whose
        link ends in {"{{1}}"}, copy-code, flow, catalog and one-time-code buttons take a value on
        each send.
      </p>
      {fields.length === 0 ? <p className="text-sm text-slate-500">No buttons.</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const n = i + 1;
          const rowErrors = errors.buttons?.[i];
          return (
            <li
              key={field.id}
              aria-label={`Button ${n}`}
              className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2"
            >
              <SelectField
                label={`Button ${n} kind`}
                error={rowErrors?.type?.message}
                options={buttonKindOptions}
                value={field.type}
                onChange={(event) =>
                  update(
                    i,
                    buttonOfKind(event.target.value as ButtonKind, getValues(`buttons.${i}.text`)),
                  )
                }
              />
              <TextField
                label={`Button ${n} text`}
                error={rowErrors?.text?.message}
                {...register(`buttons.${i}.text`)}
              />
              {field.type === "url" ? (
                <TextField
                  label={`Button ${n} URL`}
                  className="flex flex-col gap-1 sm:col-span-2"
                  hint="The approved link. End it with {{1}} when part of it changes per send."
                  error={variantError(rowErrors, "url")}
                  type="url"
                  inputMode="url"
                  placeholder="https://example.com/track/{{1}}"
                  {...register(`buttons.${i}.url`)}
                />
              ) : null}
              {field.type === "phone" ? (
                <TextField
                  label={`Button ${n} phone`}
                  className="flex flex-col gap-1 sm:col-span-2"
                  error={variantError(rowErrors, "phone")}
                  type="tel"
                  placeholder="+62215550123"
                  {...register(`buttons.${i}.phone`)}
                />
              ) : null}
              <div className="flex gap-2 sm:col-span-2">
                <ItemControls
                  what="button"
                  n={n}
                  index={i}
                  count={fields.length}
                  move={move}
                  remove={remove}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <FieldError message={groupError} />
      <div>
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={fields.length >= limits.TEMPLATE_BUTTONS_MAX}
          onClick={() => append(buttonOfKind("quick_reply"))}
        >
          Add button
        </button>
      </div>
    </fieldset>
  );
}
