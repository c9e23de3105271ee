"use client";

// Recipients: one or many, pasted one per line or separated by commas, or added from contacts.
// Each entry is read as you
// type and shown as a chip: the normalised number, or what is wrong with it; repeats are merged.
import { useDeferredValue, useId, useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { readRecipients } from "@/lib/composer/recipients";
import { FieldError, useFieldError } from "./bound-fields";
import { fieldControlClass } from "@/components/ui/styles";
import { ContactPicker } from "./contact-picker";
import type { ComposeFormValues } from "./form-types";
import { OptOutNotice } from "./opt-out-notice";
import { useOptedOut } from "./use-opted-out";

const MAX_CHIPS = 60;

export function RecipientsField({
  contactTags,
  canOverrideOptOuts,
}: {
  /** Tags of contacts, for "Add from contacts". */
  contactTags: string[];
  /** Admins may send to opted-out numbers with a reason. */
  canOverrideOptOuts: boolean;
}) {
  const id = useId();
  const t = useTranslations("composer.recipients");
  const { register, setValue } = useFormContext<ComposeFormValues>();
  const text = useWatch<ComposeFormValues, "recipients">({ name: "recipients" });
  const deferred = useDeferredValue(text);
  const reading = useMemo(() => readRecipients(deferred ?? ""), [deferred]);
  const error = useFieldError("recipients");
  const lookup = useOptedOut(reading.recipients.map((r) => r.e164));
  const optedOut = lookup.state === "known" ? lookup.optedOut : new Map<string, never>();

  /** The recipients without the opted-out numbers (entries Kabar cannot read stay, to be fixed). */
  const removeOptedOut = () => {
    const kept = [
      ...reading.recipients.filter((r) => !optedOut.has(r.e164)).map((r) => r.e164),
      ...reading.invalid.map((e) => e.input),
    ];
    setValue("recipients", kept.join("\n"), { shouldDirty: true, shouldValidate: true });
  };

  const chips = [
    ...reading.recipients.map((r) => ({
      key: `ok-${r.e164}`,
      position: r.positions[0] ?? 0,
      ok: true as const,
      optedOut: optedOut.has(r.e164),
      text: r.e164,
      repeats: r.inputs.length,
    })),
    ...reading.invalid.map((e) => ({
      key: `bad-${e.position}`,
      position: e.position,
      ok: false as const,
      optedOut: false,
      text: e.input,
      detail: e.reason,
      repeats: 1,
    })),
  ].sort((a, b) => a.position - b.position);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {t("label")}
      </label>
      <textarea
        id={id}
        rows={3}
        {...register("recipients")}
        placeholder="0812 3456 7890, +62 813 …"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-summary${error ? ` ${id}-error` : ""}`}
        className={fieldControlClass}
        autoComplete="off"
        spellCheck={false}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t("hint")}
      </p>
      <p id={`${id}-summary`} className="text-xs text-slate-600" aria-live="polite">
        {reading.totalEntries === 0
          ? t("none")
          : t("numbers", { count: reading.recipients.length }) +
            (reading.invalid.length ? t("invalid", { count: reading.invalid.length }) : "") +
            (optedOut.size ? t("optedOut", { count: optedOut.size }) : "") +
            (reading.duplicates.length
              ? t("duplicates", { count: reading.duplicates.length })
              : "")}
      </p>
      {chips.length > 0 ? (
        <ul aria-label={t("asRead")} className="flex flex-wrap gap-1.5">
          {chips.slice(0, MAX_CHIPS).map((chip) => (
            <li
              key={chip.key}
              className={clsx(
                "rounded-full border px-2.5 py-0.5 text-xs",
                !chip.ok
                  ? "border-red-200 bg-red-50 text-red-800"
                  : chip.optedOut
                    ? "border-amber-300 bg-amber-50 text-amber-950"
                    : "border-brand-100 bg-brand-50 text-brand-900",
              )}
            >
              {chip.optedOut ? (
                <>
                  <span aria-hidden>⊘ </span>
                  <span className="font-mono">{chip.text}</span>
                  <span>{t("chipOptedOut")}</span>
                </>
              ) : chip.ok ? (
                <>
                  <span aria-hidden>✓ </span>
                  <span className="font-mono">{chip.text}</span>
                  {chip.repeats > 1 ? (
                    <>
                      <span aria-hidden> ×{chip.repeats}</span>
                      <span className="sr-only">{t("chipRepeats", { count: chip.repeats })}</span>
                    </>
                  ) : (
                    <span className="sr-only">{t("chipValid")}</span>
                  )}
                </>
              ) : (
                <>
                  <span aria-hidden>✕ </span>
                  <span className="font-mono">{chip.text}</span>
                  <span>: {chip.detail}</span>
                </>
              )}
            </li>
          ))}
          {chips.length > MAX_CHIPS ? (
            <li className="text-xs text-slate-500">
              {t("more", { count: chips.length - MAX_CHIPS })}
            </li>
          ) : null}
        </ul>
      ) : null}
      {lookup.state === "failed" ? (
        <p role="status" className="text-xs text-slate-600">
          {t("lookupFailed", { message: lookup.message })}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} name="recipients" />
      <OptOutNotice
        optedOut={[...optedOut.values()]}
        canOverride={canOverrideOptOuts}
        onRemove={removeOptedOut}
      />
      <ContactPicker tags={contactTags} />
    </div>
  );
}
