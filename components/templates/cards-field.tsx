"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { useFieldArray, useFormContext, useFormState, useWatch } from "react-hook-form";
import * as limits from "@/lib/damcorp/limits";
import { placeholderGapWarning } from "@/lib/templates/template-rules";
import { FieldError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import { variantError } from "./variant-error";
import { ItemControls } from "./item-controls";
import type { CardButtonKind, TemplateFormValues } from "./template-form-values";

const cardButtonKindOptions = [
  { value: "quick_reply", label: "Quick reply" },
  { value: "url", label: "Visit website (URL)" },
] as const;
const cardMediaOptions = [
  { value: "image", label: "Image" },
  { value: "video", label: "Video" },
] as const;

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
            <SelectField
              label={`Card ${c} button ${n} kind`}
              options={cardButtonKindOptions}
              value={field.type}
              onChange={(event) => {
                const text = getValues(`cards.${card}.buttons.${i}.text`);
                const kind = event.target.value as CardButtonKind;
                update(
                  i,
                  kind === "url" ? { type: "url", text, url: "" } : { type: "quick_reply", text },
                );
              }}
            />
            <TextField
              label={`Card ${c} button ${n} text`}
              error={rowErrors?.text?.message}
              {...register(`cards.${card}.buttons.${i}.text`)}
            />
            {field.type === "url" ? (
              <TextField
                label={`Card ${c} button ${n} URL`}
                className="flex flex-col gap-1 sm:col-span-2"
                error={variantError(rowErrors, "url")}
                type="url"
                placeholder="https://example.com/product/{{1}}"
                {...register(`cards.${card}.buttons.${i}.url`)}
              />
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
    <TextAreaField
      label={`Card ${card + 1} text`}
      error={errors.cards?.[card]?.body?.message}
      warning={placeholderGapWarning(body)}
      count={{ value: body.length, max: limits.CAROUSEL_CARD_BODY_MAX }}
      rows={2}
      {...register(`cards.${card}.body`)}
    />
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
              <SelectField
                label={`Card ${c} media`}
                error={errors.cards?.[i]?.headerKind?.message}
                options={cardMediaOptions}
                {...register(`cards.${i}.headerKind`)}
              />
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
