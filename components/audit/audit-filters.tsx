"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import {
  auditFilterFields,
  auditFilterSchema,
  auditHref,
  type AuditFilterField,
} from "@/lib/audit/list-audit-events.schema";
import { firstErrorPerField } from "@/lib/errors/field-errors";
import { formText } from "@/components/ui/form-text";

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

function FilterForm({ values, errors: serverErrors, actions, timeZone }: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState(serverErrors);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Values = {};
    for (const key of auditFilterFields) {
      const value = formText(data, key).trim();
      if (value) next[key] = value;
    }
    const parsed = auditFilterSchema.safeParse(next);
    if (!parsed.success) {
      setErrors(firstErrorPerField(parsed.error));
      return;
    }
    setErrors({});
    router.push(auditHref(next));
  }

  const actionOptions = [
    { value: "", label: "Any action" },
    ...actions.map((a) => ({ value: a, label: a })),
    ...(values.action && !actions.includes(values.action)
      ? [{ value: values.action, label: values.action }]
      : []),
  ];

  return (
    <form
      method="get"
      action="/audit"
      onSubmit={onSubmit}
      aria-label="Filter audit trail"
      noValidate
      className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-4"
    >
      <TextField
        label="From"
        type="date"
        name="from"
        defaultValue={values.from ?? ""}
        error={errors.from}
        hint={`Day in ${timeZone}`}
      />
      <TextField
        label="To"
        type="date"
        name="to"
        defaultValue={values.to ?? ""}
        error={errors.to}
        hint="Included"
      />
      <SelectField
        label="Action"
        name="action"
        options={actionOptions}
        defaultValue={values.action ?? ""}
        error={errors.action}
      />
      <TextField
        label="Actor email"
        name="actor"
        defaultValue={values.actor ?? ""}
        error={errors.actor}
        autoComplete="off"
        hint="Any part of the email"
      />
      {errors.form ? (
        <p role="alert" className="col-span-full text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <div className="col-span-full flex items-center gap-2">
        <button type="submit" className={buttonClass.primary}>
          Apply filters
        </button>
        <Link href="/audit" className={buttonClass.secondary}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
