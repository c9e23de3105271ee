"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { formText } from "@/components/ui/form-text";
import { auditFilterFields, auditHref, type AuditFilterField } from "@/lib/audit/audit-href";

type Values = Partial<Record<AuditFilterField, string>>;

type Props = {
  values: Values;
  errors: Partial<Record<string, string>>;
  actions: string[];
  timeZone: string;
};

/** The audit trail's filters, kept in the URL; the form starts afresh when they change. */
export function AuditFilters(props: Props) {
  return <FilterForm key={auditHref(props.values)} {...props} />;
}

function FilterForm({ values, errors, actions, timeZone }: Props) {
  const router = useRouter();
  const t = useTranslations("audit");

  // The server checks the filter (lib/audit/list-audit-events.schema.ts) and shows a mistake
  // next to its field, keeping what was typed; the browser only builds the URL.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Values = {};
    for (const key of auditFilterFields) {
      const value = formText(data, key).trim();
      if (value) next[key] = value;
    }
    router.push(auditHref(next));
  }

  const actionOptions = [
    { value: "", label: t("filters.anyAction") },
    ...actions.map((a) => ({
      value: a,
      label: t.has(`actions.${a}` as never) ? t(`actions.${a}` as never) : a,
    })),
    ...(values.action && !actions.includes(values.action)
      ? [{ value: values.action, label: values.action }]
      : []),
  ];

  return (
    <form
      method="get"
      action="/audit"
      onSubmit={onSubmit}
      aria-label={t("filters.form")}
      noValidate
      className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-4"
    >
      <TextField
        label={t("filters.from")}
        type="date"
        name="from"
        defaultValue={values.from ?? ""}
        error={errors.from}
        hint={t("filters.dayIn", { zone: timeZone })}
      />
      <TextField
        label={t("filters.to")}
        type="date"
        name="to"
        defaultValue={values.to ?? ""}
        error={errors.to}
        hint={t("filters.included")}
      />
      <SelectField
        label={t("filters.action")}
        name="action"
        options={actionOptions}
        defaultValue={values.action ?? ""}
        error={errors.action}
      />
      <TextField
        label={t("filters.actor")}
        name="actor"
        defaultValue={values.actor ?? ""}
        error={errors.actor}
        autoComplete="off"
        hint={t("filters.actorHint")}
      />
      {errors.form ? (
        <p role="alert" className="col-span-full text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <div className="col-span-full flex items-center gap-2">
        <button type="submit" className={buttonClass.primary}>
          {t("filters.apply")}
        </button>
        <Link href="/audit" className={buttonClass.secondary}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
