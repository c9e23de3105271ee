"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  FormProvider,
  useForm,
  useFormContext,
  useFormState,
  useWatch,
  type Path,
} from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "@/components/ui/toast";
import * as limits from "@/lib/damcorp/limits";
import { callAction } from "@/browser/call-action";
import type { ActionResult } from "@/lib/errors/result";
import {
  templateCategories,
  templateHeaderKinds,
  type TemplateInput,
} from "@/lib/templates/schema";
import { placeholderGapWarning, templateFormSchema } from "@/lib/templates/template-rules";
import { countPlaceholders } from "@/lib/whatsapp-format/placeholders";
import { ButtonsField } from "./buttons-field";
import { CardsField } from "./cards-field";
import { BoundField } from "./bound-field";
import { Field, FieldError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import {
  CheckboxField,
  Input,
  Select,
  TextArea,
  TextField,
  type SelectOption,
} from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TemplateFormPreview } from "./template-form-preview";
import type { TemplateFormValues } from "./template-form-values";

export type SaveTemplate = (
  values: TemplateInput,
  options: { overwrite: boolean },
) => Promise<ActionResult<{ id: string }>>;

const categoryLabels: Record<(typeof templateCategories)[number], string> = {
  MARKETING: "Marketing",
  UTILITY: "Utility",
  AUTHENTICATION: "Authentication",
};
function optionsOf<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
): SelectOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const headerLabels: Record<(typeof templateHeaderKinds)[number], string> = {
  none: "None",
  text: "Text",
  image: "Image",
  document: "Document",
  video: "Video",
  location: "Location",
};

const buttonsFormats = [
  {
    value: "array",
    label: "Array (most templates)",
    example: '"buttons": [{ "type": "url", "url_param": "…" }]',
  },
  {
    value: "object",
    label: "Object",
    example: '"buttons": { "url_param": "…" }  (like the spec\'s auto_respon)',
  },
  {
    value: "object_typed",
    label: "Typed object",
    example: '"buttons": { "type": "url", "url_param": "…" }  (like the spec\'s ubah_alamat)',
  },
] as const;

function placeholderSummary(text: string): string {
  const { count } = countPlaceholders(text);
  if (count === 0) return "No placeholders: every send has the same text.";
  const list = Array.from({ length: count }, (_, i) => `{{${i + 1}}}`).join(", ");
  return `${count} placeholder${count === 1 ? "" : "s"} (${list}): each send needs ${count} value${count === 1 ? "" : "s"}.`;
}

/** Body text with its placeholder count and gap warning, updated as you type. */
function BodyField() {
  const { control, register } = useFormContext<TemplateFormValues>();
  const body = useWatch({ control, name: "body" }) ?? "";
  const { errors } = useFormState({ control, name: "body" });
  return (
    <Field
      label="Body"
      hint={
        <>
          WhatsApp formatting works: *bold*, _italic_, ~strike~, ```mono```. Placeholders are{" "}
          {"{{1}}"}, {"{{2}}"}…{" "}
          <span data-testid="placeholder-count">{placeholderSummary(body)}</span>
        </>
      }
      warning={placeholderGapWarning(body)}
      error={errors.body?.message}
      count={{ value: body.length, max: limits.INTERACTIVE_BODY_MAX }}
    >
      {(meta) => <TextArea meta={meta} rows={6} {...register("body")} />}
    </Field>
  );
}

function TextCounterField({
  name,
  label,
  max,
  hint,
}: {
  name: "headerText" | "footer";
  label: string;
  max: number;
  hint?: string;
}) {
  const { control, register } = useFormContext<TemplateFormValues>();
  const value = useWatch({ control, name }) ?? "";
  const { errors } = useFormState({ control, name });
  return (
    <TextField
      label={label}
      hint={hint}
      error={errors[name]?.message}
      count={{ value: value.length, max }}
      {...register(name)}
    />
  );
}

function ButtonsFormatError() {
  const { control } = useFormContext<TemplateFormValues>();
  const { errors } = useFormState({ control, name: "buttonsFormat" });
  return <FieldError message={errors.buttonsFormat?.message} />;
}

/**
 * Creates or edits a saved template: every field is checked by templateFormSchema as you type,
 * the server checks again, and its field errors land next to the same fields.
 */
export function TemplateForm({
  defaultValues,
  save,
  submitLabel,
  problems = [],
}: {
  defaultValues: TemplateFormValues;
  save: SaveTemplate;
  submitLabel: string;
  /** Parts of a stored template that could not be read (shown so the user can repair them). */
  problems?: string[];
}) {
  const router = useRouter();
  const form = useForm<TemplateFormValues, unknown, TemplateInput>({
    resolver: zodResolver(templateFormSchema),
    mode: "onChange",
    defaultValues,
  });
  // The form itself reads no error: each field subscribes to its own, so a keystroke re-renders
  // only the field typed in (and the deferred preview).
  const { register, handleSubmit, control, setError } = form;
  const headerKind = useWatch({ control, name: "headerKind" });
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<{ message: string; canOverwrite: boolean } | null>(
    null,
  );

  function submit(overwrite: boolean) {
    return handleSubmit((values) => {
      setFormError(null);
      startTransition(async () => {
        const result = await callAction(() => save(values, { overwrite }));
        if (result.ok) {
          toast.success(`Template ${values.name} saved`);
          router.push("/composer/templates");
          router.refresh();
          return;
        }
        for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
          const path = key.replace(/^template\./, "");
          if (messages?.[0] && path !== "_form") {
            setError(path as Path<TemplateFormValues>, { type: "server", message: messages[0] });
          }
        }
        setFormError({ message: result.message, canOverwrite: result.code === "template_changed" });
      });
    });
  }

  return (
    <FormProvider {...form}>
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <form
          aria-label="Template"
          noValidate
          onSubmit={submit(false)}
          className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-5"
        >
          {problems.length > 0 ? (
            <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              <p className="font-medium">Part of this template could not be read:</p>
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <p className="mt-1">
                Check it against the approved template and save it to repair it.
              </p>
            </div>
          ) : null}

          <div className="grid gap-4 sm:grid-cols-3">
            <BoundField
              name="name"
              label="Template name"
              className="flex flex-col gap-1 sm:col-span-3"
              hint="Exactly as approved in Damcorp: lower-case letters, digits and _ (e.g. order_update)."
            >
              {(meta) => (
                <Input
                  meta={meta}
                  autoComplete="off"
                  spellCheck={false}
                  className="font-mono"
                  {...register("name")}
                />
              )}
            </BoundField>
            <BoundField
              name="language"
              label="Language"
              hint="For your own reference (e.g. id, en, en_US): it is not sent to Damcorp, which picks the template by its name."
            >
              {(meta) => (
                <>
                  <Input meta={meta} list="template-languages" {...register("language")} />
                  <datalist id="template-languages">
                    <option value="id">Indonesian</option>
                    <option value="en">English</option>
                    <option value="en_US">English (US)</option>
                    <option value="en_GB">English (UK)</option>
                  </datalist>
                </>
              )}
            </BoundField>
            <BoundField name="category" label="Category">
              {(meta) => (
                <Select
                  meta={meta}
                  options={optionsOf(templateCategories, categoryLabels)}
                  {...register("category", { deps: ["buttons"] })}
                />
              )}
            </BoundField>
            <BoundField name="headerKind" label="Header">
              {(meta) => (
                <Select
                  meta={meta}
                  options={optionsOf(templateHeaderKinds, headerLabels)}
                  {...register("headerKind", { deps: ["headerText"] })}
                />
              )}
            </BoundField>
          </div>

          {headerKind === "text" ? (
            <TextCounterField
              name="headerText"
              label="Header text"
              max={limits.HEADER_TEXT_MAX}
              hint="Shown in bold above the body. May contain one placeholder, {{1}}."
            />
          ) : headerKind !== "none" ? (
            <p className="-mt-3 text-xs text-slate-500">
              The {headerLabels[headerKind].toLowerCase()} is chosen on each send.
            </p>
          ) : null}

          <BodyField />
          <TextCounterField
            name="footer"
            label="Footer (optional)"
            max={limits.FOOTER_MAX}
            hint="Small grey text under the body; fixed, no placeholders."
          />

          <ButtonsField />

          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm font-medium">Buttons format</legend>
            <p className="text-xs text-slate-500">
              How the URL button&apos;s value goes to Damcorp. Most templates take an array; the
              spec&apos;s interactive templates (ubah_alamat, auto_respon, konfirmasi_pembayaran)
              send <code>buttons</code> as a single object instead. Use what your template was
              approved with.
            </p>
            {buttonsFormats.map((f) => (
              <label key={f.value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  value={f.value}
                  className="mt-1 accent-brand-600"
                  {...register("buttonsFormat")}
                />
                <span>
                  {f.label}
                  <code className="block text-xs text-slate-500">{f.example}</code>
                </span>
              </label>
            ))}
            <ButtonsFormatError />
          </fieldset>

          <CardsField />

          <CheckboxField
            label="Limited-time offer"
            hint="The template was approved with an offer expiry: each send sets when the offer ends, and WhatsApp shows a countdown."
            {...register("offerExpiry")}
          />

          {formError ? (
            <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
              <p>{formError.message}</p>
              {formError.canOverwrite ? (
                <button
                  type="button"
                  className={`${buttonClass.danger} mt-2`}
                  disabled={pending}
                  onClick={() => void submit(true)()}
                >
                  Replace with my version
                </button>
              ) : null}
            </div>
          ) : null}

          <div className="flex items-center gap-3">
            <SubmitButton pending={pending} busyLabel="Saving…">
              {submitLabel}
            </SubmitButton>
            <Link href="/composer/templates" className={buttonClass.secondary}>
              Cancel
            </Link>
          </div>
        </form>
        <aside aria-label="Preview" className="flex flex-col gap-2 lg:sticky lg:top-4">
          <p className="text-sm font-medium text-slate-700">Preview</p>
          <TemplateFormPreview control={control} />
          <p className="text-xs text-slate-500">
            Marked placeholders and media are filled in on each send.
          </p>
        </aside>
      </div>
    </FormProvider>
  );
}
