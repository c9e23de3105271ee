"use client";

import { useFieldArray, useFormContext, useFormState, useWatch } from "react-hook-form";
import * as limits from "@/lib/damcorp/limits";
import { placeholderGapWarning } from "@/lib/templates/template-rules";
import { Field, FieldError } from "@/components/ui/field";
import { buttonClass, fieldControlClass } from "@/components/ui/styles";
import { variantError } from "./variant-error";
import { ItemControls } from "./item-controls";
import type { CardButtonKind, TemplateFormValues } from "./template-form-values";

function CardButtons({ card }: { card: number }) {
  const { control, register, getValues } = useFormContext<TemplateFormValues>();
  const { errors } = useFormState({ control, name: `cards.${card}.buttons` });
  const { fields, append, remove, update } = useFieldArray({
    control,
    name: `cards.${card}.buttons`,
  });
  const cardErrors = errors.cards?.[card]?.buttons;
  const c = card + 1;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Card {c} buttons</legend>
      {fields.map((field, i) => {
        const n = i + 1;
        const rowErrors = cardErrors?.[i];
        return (
          <div
            key={field.id}
            className="grid gap-2 rounded border border-slate-200 bg-white p-2 sm:grid-cols-2"
          >
            <Field label={`Card ${c} button ${n} kind`}>
              {(meta) => (
                <select
                  id={meta.id}
                  className={fieldControlClass}
                  value={field.type}
                  onChange={(event) => {
                    const text = getValues(`cards.${card}.buttons.${i}.text`);
                    const kind = event.target.value as CardButtonKind;
                    update(
                      i,
                      kind === "url"
                        ? { type: "url", text, url: "" }
                        : { type: "quick_reply", text },
                    );
                  }}
                >
                  <option value="quick_reply">Quick reply</option>
                  <option value="url">Visit website (URL)</option>
                </select>
              )}
            </Field>
            <Field label={`Card ${c} button ${n} text`} error={rowErrors?.text?.message}>
              {(meta) => (
                <input
                  id={meta.id}
                  aria-describedby={meta.describedBy}
                  aria-invalid={meta.invalid}
                  className={fieldControlClass}
                  {...register(`cards.${card}.buttons.${i}.text`)}
                />
              )}
            </Field>
            {field.type === "url" ? (
              <Field
                label={`Card ${c} button ${n} URL`}
                className="flex flex-col gap-1 sm:col-span-2"
                error={variantError(rowErrors, "url")}
              >
                {(meta) => (
                  <input
                    id={meta.id}
                    type="url"
                    placeholder="https://example.com/product/{{1}}"
                    aria-describedby={meta.describedBy}
                    aria-invalid={meta.invalid}
                    className={fieldControlClass}
                    {...register(`cards.${card}.buttons.${i}.url`)}
                  />
                )}
              </Field>
            ) : null}
            <div className="sm:col-span-2">
              <button
                type="button"
                className={`${buttonClass.small} text-red-700`}
                aria-label={`Remove card ${c} button ${n}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            </div>
          </div>
        );
      })}
      <FieldError message={cardErrors?.root?.message ?? cardErrors?.message} />
      <div>
        <button
          type="button"
          className={buttonClass.small}
          disabled={fields.length >= limits.CAROUSEL_CARD_BUTTONS_MAX}
          onClick={() => append({ type: "quick_reply", text: "" })}
        >
          Add button to card {c}
        </button>
      </div>
    </fieldset>
  );
}

function CardBody({ card }: { card: number }) {
  const { control, register } = useFormContext<TemplateFormValues>();
  const body = useWatch({ control, name: `cards.${card}.body` }) ?? "";
  const { errors } = useFormState({ control, name: `cards.${card}.body` });
  return (
    <Field
      label={`Card ${card + 1} text`}
      error={errors.cards?.[card]?.body?.message}
      warning={placeholderGapWarning(body)}
      count={{ value: body.length, max: limits.CAROUSEL_CARD_BODY_MAX }}
    >
      {(meta) => (
        <textarea
          id={meta.id}
          rows={2}
          aria-describedby={meta.describedBy}
          aria-invalid={meta.invalid}
          className={fieldControlClass}
          {...register(`cards.${card}.body`)}
        />
      )}
    </Field>
  );
}

/** Carousel cards (≤ 10): each with an image or video header, short text and up to 2 buttons. */
export function CardsField() {
  const { control, register } = useFormContext<TemplateFormValues>();
  const { errors } = useFormState({ control, name: "cards" });
  const { fields, append, remove, move } = useFieldArray({ control, name: "cards" });
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Carousel cards</legend>
      <p className="text-xs text-slate-500">
        Only for carousel templates: up to {limits.CAROUSEL_CARDS_MAX} cards that scroll sideways,
        each with its own media, text and at most {limits.CAROUSEL_CARD_BUTTONS_MAX} buttons. The
        template then has no header or buttons of its own.
      </p>
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const c = i + 1;
          return (
            <li
              key={field.id}
              aria-label={`Card ${c}`}
              className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
            >
              <Field label={`Card ${c} media`} error={errors.cards?.[i]?.headerKind?.message}>
                {(meta) => (
                  <select
                    id={meta.id}
                    aria-describedby={meta.describedBy}
                    aria-invalid={meta.invalid}
                    className={fieldControlClass}
                    {...register(`cards.${i}.headerKind`)}
                  >
                    <option value="image">Image</option>
                    <option value="video">Video</option>
                  </select>
                )}
              </Field>
              <CardBody card={i} />
              <CardButtons card={i} />
              <div className="flex gap-2">
                <ItemControls
                  what="card"
                  n={c}
                  index={i}
                  count={fields.length}
                  move={move}
                  remove={remove}
                  removeText="Remove card"
                />
              </div>
            </li>
          );
        })}
      </ol>
      <FieldError message={errors.cards?.root?.message ?? errors.cards?.message} />
      <div>
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={fields.length >= limits.CAROUSEL_CARDS_MAX}
          onClick={() => append({ headerKind: "image", body: "", buttons: [] })}
        >
          Add card
        </button>
      </div>
    </fieldset>
  );
}
