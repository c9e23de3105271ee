"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import {
  RECIPIENT_STATUSES,
  SEND_KINDS,
  SEND_OUTCOMES,
  kindLabels,
  outcomeLabels,
  recipientStatusLabels,
} from "@/lib/vocabulary/sends";
import {
  historyFilterFields,
  historyHref,
  type HistoryFilterField,
} from "@/lib/history/filter-href";
import type { HistoryFilterOptions, FilterOption } from "@/lib/history/list-filter-options";
import { formText } from "@/components/ui/form-text";

type Values = Partial<Record<HistoryFilterField, string>>;
type Errors = Partial<Record<string, string>>;

const any = (label: string): FilterOption => ({ value: "", label });

/** Keeps a value from the URL choosable even when the list no longer offers it. */
function withCurrent(options: FilterOption[], current: string | undefined): FilterOption[] {
  if (!current || options.some((o) => o.value === current)) return options;
  return [...options, { value: current, label: current }];
}

function valuesOf(form: HTMLFormElement): Values {
  const data = new FormData(form);
  const out: Values = {};
  for (const key of historyFilterFields) {
    const value = formText(data, key).trim();
    if (value) out[key] = value;
  }
  return out;
}

type FormProps = {
  values: Values;
  errors: Errors;
  options: HistoryFilterOptions;
  timeZone: string;
};

/**
 * The history filters. They live in the URL: applying pushes a new URL (which starts again at
 * the newest page); a filter with a mistake stays in the form with its error next to it. The
 * form starts afresh whenever the URL's filter changes (Back, Clear, a link from the overview).
 */
export function HistoryFilters(props: FormProps) {
  return <FilterForm key={historyHref(props.values)} {...props} />;
}

function FilterForm({ values, errors, options, timeZone }: FormProps) {
  const router = useRouter();

  // The server checks the filter (lib/history/filter-schema.ts) and shows a mistake next to its
  // field, keeping what was typed; the browser only builds the URL (no zod on this page).
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    router.push(historyHref(valuesOf(event.currentTarget)));
  }

  const field = (name: HistoryFilterField) => ({
    name,
    defaultValue: values[name] ?? "",
    error: errors[name],
  });

  return (
    <form
      method="get"
      action="/history"
      onSubmit={onSubmit}
      aria-label="Filter history"
      noValidate
      className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-3 xl:grid-cols-5"
    >
      <TextField label="From" type="date" hint={`Day in ${timeZone}`} {...field("from")} />
      <TextField label="To" type="date" hint="Included" {...field("to")} />
      <SelectField
        label="Outcome"
        options={[
          any("Any outcome"),
          ...SEND_OUTCOMES.map((o) => ({ value: o, label: outcomeLabels[o] })),
        ]}
        {...field("outcome")}
      />
      <SelectField
        label="Recipient result"
        options={[
          any("Any result"),
          ...RECIPIENT_STATUSES.map((s) => ({ value: s, label: recipientStatusLabels[s] })),
        ]}
        {...field("status")}
      />
      <SelectField
        label="Error code"
        options={[any("Any error code"), ...withCurrent(options.errorCodes, values.errorCode)]}
        {...field("errorCode")}
      />
      <SelectField
        label="Kind"
        options={[any("Any kind"), ...SEND_KINDS.map((k) => ({ value: k, label: kindLabels[k] }))]}
        {...field("kind")}
      />
      <SelectField
        label="Template"
        options={[any("Any template"), ...withCurrent(options.templates, values.template)]}
        {...field("template")}
      />
      <SelectField
        label="Sender number"
        options={[any("Any sender"), ...withCurrent(options.senders, values.sender)]}
        {...field("sender")}
      />
      <SelectField
        label="User"
        options={[any("Anyone"), ...withCurrent(options.users, values.user)]}
        {...field("user")}
      />
      <TextField
        label="Recipient number"
        inputMode="tel"
        autoComplete="off"
        placeholder="0812…"
        hint="Matches the start of the number: 0812…, +62 812… and 62812… all work."
        {...field("recipient")}
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
        <Link href="/history" className={buttonClass.secondary}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
