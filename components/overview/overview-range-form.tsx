"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("overview.range");

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
      aria-label={t("form")}
      noValidate
      className="flex flex-wrap items-start gap-3"
    >
      <TextField
        label={t("from")}
        type="date"
        name="from"
        defaultValue={from}
        error={errors.from}
        hint={t("daysIn", { zone: timeZone })}
      />
      <TextField label={t("to")} type="date" name="to" defaultValue={to} error={errors.to} />
      <button type="submit" className={`${buttonClass.primary} mt-6`}>
        {t("show")}
      </button>
    </form>
  );
}
