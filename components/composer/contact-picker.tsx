"use client";

// "Add from contacts": find contacts by name or number, or take every contact with a tag, and
// add their numbers to the recipients. Opted-out contacts are left out (and said so).
import { useDeferredValue, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useFormContext } from "react-hook-form";
import { fetchRecipientPick } from "@/browser/composer/fetch-recipient-pick";
import { composerKeys } from "@/lib/composer/query-keys";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import type { ComposeFormValues } from "./form-types";

const SHOWN = 5;

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function ContactPicker({ tags }: { tags: string[] }) {
  const { getValues, setValue } = useFormContext<ComposeFormValues>();
  const [q, setQ] = useState("");
  const [tag, setTag] = useState("");
  const asked = { q: useDeferredValue(q.trim()), tag: useDeferredValue(tag) };
  const enabled = asked.q.length > 0 || asked.tag.length > 0;
  const query = useQuery({
    queryKey: composerKeys.contactPick(asked.q, asked.tag),
    queryFn: ({ signal }) => fetchRecipientPick(asked, signal),
    enabled,
    staleTime: 15_000,
    retry: false,
  });

  const add = () => {
    if (!query.data) return;
    const current = getValues("recipients").trim();
    const added = query.data.numbers.map((n) => n.e164).join("\n");
    setValue("recipients", current ? `${current}\n${added}` : added, {
      shouldDirty: true,
      shouldValidate: true,
    });
    setQ("");
    setTag("");
  };

  const data = query.data;
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Add from contacts</summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <TextField
          label="Search contacts"
          hint="A name, or the start of a number"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          // Enter here searches; it must not send the message.
          onKeyDown={(e) => {
            if (e.key === "Enter") e.preventDefault();
          }}
          autoComplete="off"
        />
        <SelectField
          label="Contacts with the tag"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          options={[{ value: "", label: "Any tag" }, ...tags.map((t) => ({ value: t, label: t }))]}
        />
      </div>
      {!enabled ? null : query.isPending ? (
        <p role="status" className="mt-2 text-slate-600">
          Looking for contacts…
        </p>
      ) : query.isError ? (
        <p role="alert" className="mt-2 text-red-800">
          Contacts could not be read: {query.error.message}
        </p>
      ) : data ? (
        <div className="mt-2 flex flex-col gap-2" role="status">
          <p>
            {data.total === 0
              ? "No contact to add matches."
              : `${plural(data.total, "contact matches", "contacts match")}` +
                (data.total > data.numbers.length
                  ? `; the first ${data.numbers.length.toLocaleString("en")} can be added (a bigger audience is a campaign).`
                  : ".")}
            {data.optedOut > 0
              ? ` ${plural(data.optedOut, "opted-out contact is", "opted-out contacts are")} left out.`
              : ""}
          </p>
          {data.numbers.length > 0 ? (
            <>
              <ul className="text-xs text-slate-700">
                {data.numbers.slice(0, SHOWN).map((n) => (
                  <li key={n.e164}>
                    {n.name ?? "Unnamed"} <span className="font-mono">{n.e164}</span>
                  </li>
                ))}
                {data.numbers.length > SHOWN ? (
                  <li>and {(data.numbers.length - SHOWN).toLocaleString("en")} more</li>
                ) : null}
              </ul>
              <div>
                <button type="button" onClick={add} className={buttonClass.secondary}>
                  {data.numbers.length === 1
                    ? "Add 1 number"
                    : `Add ${data.numbers.length.toLocaleString("en")} numbers`}
                </button>
              </div>
            </>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
