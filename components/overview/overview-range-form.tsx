"use client";

import { TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useUrlFilterForm } from "@/components/ui/url-filter-form";
import { overviewRangeSchema } from "@/lib/overview/range-schema";
import { searchString } from "@/lib/url/search-params";

const rangeFields = ["from", "to"] as const;

type Props = {
  from: string;
  to: string;
  errors: Partial<Record<string, string>>;
  timeZone: string;
};

/** The overview's date range; it lives in the URL (?from=…&to=…). */
export function OverviewRangeForm(props: Props) {
  return <RangeForm key={`${props.from}:${props.to}`} {...props} />;
}

function RangeForm({ from, to, errors: serverErrors, timeZone }: Props) {
  const { errors, onSubmit } = useUrlFilterForm({
    fields: rangeFields,
    schema: overviewRangeSchema,
    hrefOf: (values) => `/overview${searchString(rangeFields, values)}`,
    serverErrors,
    keepEmpty: true,
  });

  return (
    <form
      method="get"
      action="/overview"
      onSubmit={onSubmit}
      aria-label="Date range"
      noValidate
      className="flex flex-wrap items-start gap-3"
    >
      <TextField
        label="From"
        type="date"
        name="from"
        defaultValue={from}
        error={errors.from}
        hint={`Days in ${timeZone}`}
      />
      <TextField label="To" type="date" name="to" defaultValue={to} error={errors.to} />
      <button type="submit" className={`${buttonClass.primary} mt-6`}>
        Show
      </button>
    </form>
  );
}
