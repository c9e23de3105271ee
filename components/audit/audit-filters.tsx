"use client";

import { SelectField, TextField } from "@/components/ui/form-fields";
import { FilterActions, useUrlFilterForm } from "@/components/ui/url-filter-form";
import {
  auditFilterFields,
  auditFilterSchema,
  auditHref,
  type AuditFilterField,
} from "@/lib/audit/list-audit-events.schema";

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
  const { errors, onSubmit } = useUrlFilterForm({
    fields: auditFilterFields,
    schema: auditFilterSchema,
    hrefOf: auditHref,
    serverErrors,
  });

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
      <FilterActions formError={errors.form} clearHref="/audit" />
    </form>
  );
}
