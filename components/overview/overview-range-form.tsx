"use client";

import { useRouter } from "next/navigation";
import { TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { formText } from "@/components/ui/form-text";

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

function RangeForm({ from, to, errors, timeZone }: Props) {
  const router = useRouter();

  // The server checks the range (lib/overview/range-schema.ts) and shows a mistake next to its
  // field; the browser only builds the URL.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = { from: formText(data, "from"), to: formText(data, "to") };
    router.push(`/overview?${new URLSearchParams(values).toString()}`);
  }

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
