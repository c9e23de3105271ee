"use client";

// A template send: pick a saved template, then exactly one input per placeholder — header
// parameter or file or place, body parameters, each dynamic button's value, the offer's expiry,
// each carousel card — so the parameter count always matches (Damcorp error 2000).
import { useId } from "react";
import Link from "next/link";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { COUPON_CODE_MAX, HEADER_TEXT_MAX, OTP_CODE_MAX } from "@/lib/damcorp/limits";
import { emptyTemplateDraft } from "@/lib/composer/template-values";
import { templateParamSlots, type ButtonSlot } from "@/lib/templates/param-slots";
import type { SavedTemplate, TemplateInput } from "@/lib/templates/schema";
import { FieldError, FieldGroup, TextField, useFieldError } from "../bound-fields";
import { fieldControlClass } from "@/components/ui/styles";
import type { ComposeFormValues } from "../form-types";
import { MediaRefField } from "../media-ref-field";
import { LocationFields } from "./location-fields";
import { ProductSectionsField } from "./product-sections-field";

export type ComposerTemplate = SavedTemplate & { problems?: string[] };

/** The words around the first {{n}}, so the operator knows what the value is for. */
function placeholderContext(text: string, n: number): string | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  const match = new RegExp(`\\{\\{\\s*${n}\\s*\\}\\}`).exec(flat);
  if (!match) return undefined;
  // About 30 characters each side, widened to whole words.
  const before = flat.lastIndexOf(" ", Math.max(0, match.index - 30));
  const after = flat.indexOf(" ", match.index + match[0].length + 30);
  const start = before < 0 ? 0 : before + 1;
  const end = after < 0 ? flat.length : after;
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}

function TemplatePicker({ templates }: { templates: ComposerTemplate[] }) {
  const id = useId();
  const { setValue } = useFormContext<ComposeFormValues>();
  const templateId = useWatch<ComposeFormValues>({
    name: "message.templateId",
  }) as string;
  const error = useFieldError("message.templateId");

  function choose(nextId: string) {
    const template = templates.find((t) => t.id === nextId);
    const next = template
      ? emptyTemplateDraft(template)
      : { kind: "template" as const, templateId: "", bodyParams: [], buttons: [], cards: [] };
    setValue("message", next, { shouldDirty: true });
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Template
      </label>
      <select
        id={id}
        value={templateId ?? ""}
        onChange={(e) => choose(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        className={fieldControlClass}
      >
        <option value="">Choose a saved template…</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} · {t.language} · {t.category.toLowerCase()}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        Templates reach any customer, also outside the 24-hour window.{" "}
        <Link href="/composer/templates" className="underline">
          Manage saved templates
        </Link>
      </p>
      <FieldError id={`${id}-error`} name="message.templateId" />
    </div>
  );
}

function TemplateHeaderFields({ template }: { template: TemplateInput }) {
  const slots = templateParamSlots(template);
  switch (slots.header) {
    case "none":
      return null;
    case "text_param":
      return (
        <TextField
          name="message.headerParam"
          label="Header parameter {{1}}"
          max={HEADER_TEXT_MAX}
          hint={template.headerText ? `Header: ${template.headerText}` : undefined}
        />
      );
    case "location":
      return <LocationFields name="message.headerLocation" label="Header location" placeOptional />;
    default:
      return (
        <div className="flex flex-col gap-3">
          <MediaRefField
            name="message.headerMedia"
            label={`Header ${slots.header}`}
            kind={slots.header}
            sources={["url"]}
            hint="Damcorp takes a template's header file by its web address."
          />
          {slots.header === "document" ? (
            <TextField name="message.headerFilename" label="Header file name" hint="Optional" />
          ) : null}
        </div>
      );
  }
}

function ButtonValueField({
  position,
  slot,
  template,
}: {
  position: number;
  slot: ButtonSlot;
  template: TemplateInput;
}) {
  const at = `message.buttons.${position}`;
  const button = template.buttons[slot.index];
  switch (slot.type) {
    case "url":
      return (
        <TextField
          name={`${at}.urlParam`}
          label={`URL parameter for “${slot.label}”`}
          hint={button?.type === "url" ? `Fills {{1}} in ${button.url}` : undefined}
        />
      );
    case "copy_code":
      return (
        <TextField
          name={`${at}.couponCode`}
          label={`Coupon code for “${slot.label}”`}
          max={COUPON_CODE_MAX}
        />
      );
    case "flow":
      return <TextField name={`${at}.flowToken`} label={`Flow token for “${slot.label}”`} />;
    case "otp":
      return (
        <TextField
          name={`${at}.code`}
          label={`One-time code for “${slot.label}”`}
          max={OTP_CODE_MAX}
        />
      );
    case "catalog":
      return (
        <div className="flex flex-col gap-3">
          <TextField
            name={`${at}.thumbnailProductRetailerId`}
            label={`Thumbnail product ID for “${slot.label}”`}
          />
          <ProductSectionsField
            name={`${at}.sections`}
            legend={`Catalog sections for “${slot.label}”`}
          />
        </div>
      );
  }
}

function OfferExpiryField() {
  const id = useId();
  const { control } = useFormContext<ComposeFormValues>();
  const error = useFieldError("message.offerExpiresAt");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Offer expires at
      </label>
      <Controller
        control={control}
        name={"message.offerExpiresAt"}
        render={({ field }) => {
          const iso = typeof field.value === "string" ? field.value : "";
          const local = iso ? toLocalInput(new Date(iso)) : "";
          return (
            <input
              id={id}
              type="datetime-local"
              value={local}
              onChange={(e) =>
                field.onChange(e.target.value ? new Date(e.target.value).toISOString() : undefined)
              }
              onBlur={field.onBlur}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
              className={fieldControlClass}
            />
          );
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        In your browser&apos;s time zone. The recipient sees a countdown to it.
      </p>
      <FieldError id={`${id}-error`} name="message.offerExpiresAt" />
    </div>
  );
}

function toLocalInput(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function CarouselCardFields({ template }: { template: TemplateInput }) {
  const slots = templateParamSlots(template);
  return (
    <>
      {template.cards.map((card, i) => (
        <FieldGroup
          key={i}
          legend={`Card ${i + 1}`}
          name={`message.cards.${i}.bodyParams`}
          hint={card.body || undefined}
        >
          <MediaRefField
            name={`message.cards.${i}.media`}
            label={`Card ${i + 1} ${card.headerKind}`}
            kind={card.headerKind}
            sources={["library", "id"]}
            hint="A carousel card's file goes by its Damcorp media ID (library files uploaded to Damcorp have one)."
          />
          {Array.from({ length: slots.cards[i]?.bodyParams ?? 0 }, (_, j) => (
            <TextField
              key={j}
              name={`message.cards.${i}.bodyParams.${j}`}
              label={`Card ${i + 1} parameter {{${j + 1}}}`}
              hint={placeholderContext(card.body, j + 1)}
            />
          ))}
          {card.buttons.map((button, b) => (
            <TextField
              key={b}
              name={`message.cards.${i}.buttonPayloads.${b}.payload`}
              label={
                button.type === "url"
                  ? `Card ${i + 1} “${button.text}” URL value`
                  : `Card ${i + 1} “${button.text}” payload`
              }
              hint={
                button.type === "url"
                  ? `Fills the variable in ${button.url}`
                  : "Optional: comes back to you when the customer taps it."
              }
            />
          ))}
        </FieldGroup>
      ))}
    </>
  );
}

export function TemplateFields({ templates }: { templates: ComposerTemplate[] }) {
  const templateId = useWatch<ComposeFormValues>({
    name: "message.templateId",
  }) as string;
  const values = useWatch<ComposeFormValues>({ name: "message.buttons" }) as
    { index: number }[] | undefined;
  const template = templates.find((t) => t.id === templateId);
  const slots = template ? templateParamSlots(template) : undefined;

  return (
    <div className="flex flex-col gap-4">
      <TemplatePicker templates={templates} />
      {templates.length === 0 ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          No saved templates yet. Add the templates approved for your number in{" "}
          <Link href="/composer/templates" className="underline">
            Saved templates
          </Link>
          .
        </p>
      ) : null}
      {template && slots ? (
        <>
          {template.problems?.length ? (
            <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              Part of this template could not be read: {template.problems.join(" ")}
            </p>
          ) : null}
          <TemplateHeaderFields template={template} />
          {slots.bodyParams > 0 ? (
            <FieldGroup
              legend="Body parameters"
              name="message.bodyParams"
              hint={`This template has ${slots.bodyParams} ${slots.bodyParams === 1 ? "placeholder" : "placeholders"} in its body.`}
            >
              {Array.from({ length: slots.bodyParams }, (_, i) => (
                <TextField
                  key={i}
                  name={`message.bodyParams.${i}`}
                  label={`Body parameter {{${i + 1}}}`}
                  hint={placeholderContext(template.body, i + 1)}
                />
              ))}
            </FieldGroup>
          ) : null}
          {slots.buttons.length > 0 ? (
            <FieldGroup legend="Button values" name="message.buttons">
              {(values ?? []).map((value, position) => {
                const slot = slots.buttons.find((s) => s.index === value.index);
                return slot ? (
                  <ButtonValueField
                    key={position}
                    position={position}
                    slot={slot}
                    template={template}
                  />
                ) : null;
              })}
            </FieldGroup>
          ) : null}
          {slots.offerExpiry ? <OfferExpiryField /> : null}
          {slots.cards.length > 0 ? <CarouselCardFields template={template} /> : null}
        </>
      ) : null}
    </div>
  );
}
