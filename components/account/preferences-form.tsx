"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updatePreferencesAction } from "@/app/(app)/account/actions";
import { zoneChoiceOf } from "@/lib/account/zone-choice";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { toast } from "@/components/ui/toast";
import { FormAlert, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** Language and time zone, saved on the user (every device they sign in on follows). */
export function PreferencesForm({
  locale,
  timeZone,
  defaultZone,
  browserLanguage,
}: {
  /** The user's own choice; null: the browser's language. */
  locale: Locale | null;
  timeZone: string | null;
  defaultZone: string;
  /** The language this browser would get without a choice. */
  browserLanguage: Locale;
}) {
  const t = useTranslations("account");
  const router = useRouter();
  const [zone, setZone] = useState(zoneChoiceOf(timeZone));
  const { state, pending, onSubmit, fieldError } = useActionForm(updatePreferencesAction, () => {
    toast.success(t("savedShort"));
    router.refresh();
  });
  const otherError = fieldError("otherZone");
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <SelectField
        label={t("language")}
        name="locale"
        defaultValue={locale ?? ""}
        options={[
          { value: "", label: t("browserLanguage", { language: localeNames[browserLanguage] }) },
          ...locales.map((l) => ({ value: l, label: localeNames[l] })),
        ]}
      />
      <SelectField
        label={t("timeZone")}
        name="zone"
        value={zone}
        onChange={(e) => setZone(e.target.value as typeof zone)}
        options={[
          { value: "default", label: t("zones.default", { zone: defaultZone }) },
          { value: "wib", label: t("zones.wib") },
          { value: "wita", label: t("zones.wita") },
          { value: "wit", label: t("zones.wit") },
          { value: "other", label: t("zones.other") },
        ]}
      />
      {zone === "other" ? (
        <TextField
          label={t("otherZone")}
          name="otherZone"
          defaultValue={zoneChoiceOf(timeZone) === "other" ? (timeZone ?? "") : ""}
          hint={t("otherZoneHint")}
          error={otherError ? t("invalidZone") : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      ) : null}
      <FormAlert message={state.ok ? null : otherError ? t("needsAttention") : state.message} />
      <SubmitButton pending={pending} busyLabel={t("saving")} className="self-start">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
