"use client";

// Step 5: where each placeholder's value comes from for each recipient — a column of the
// spreadsheet, a contact attribute (or the name), or one text for everyone — with a fallback for
// an empty value, or "skip the row if empty".
import { useState } from "react";
import { saveCampaignMapping } from "@/app/(app)/campaigns/new/actions";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import type { Mapping, PlaceholderMapping } from "@/lib/campaigns/schema";
import { StepError, useStepAction } from "./use-step-action";

type Choice = { value: string; label: string; from: PlaceholderMapping["from"] };

function choicesOf(columns: string[], attributeKeys: string[]): Choice[] {
  return [
    ...columns.map((column) => ({
      value: `column:${column}`,
      label: `Column “${column}”`,
      from: { source: "column" as const, column },
    })),
    {
      value: "attribute:name",
      label: "Contact name",
      from: { source: "attribute", attribute: "name" },
    },
    ...attributeKeys.map((attribute) => ({
      value: `attribute:${attribute}`,
      label: `Contact attribute “${attribute}”`,
      from: { source: "attribute" as const, attribute },
    })),
    { value: "fixed", label: "The same text for everyone", from: { source: "fixed", value: "" } },
  ];
}

const valueOf = (from: PlaceholderMapping["from"]) =>
  from.source === "column"
    ? `column:${from.column}`
    : from.source === "attribute"
      ? `attribute:${from.attribute}`
      : "fixed";

export function VariablesStep({
  campaignId,
  placeholders,
  columns,
  attributeKeys,
  mapping: initial,
  summary,
}: {
  campaignId: string;
  placeholders: { id: string; label: string }[];
  columns: string[];
  attributeKeys: string[];
  mapping: Mapping;
  summary: string;
}) {
  const choices = choicesOf(columns, attributeKeys);
  const [mapping, setMapping] = useState<Mapping>(() => {
    const out: Mapping = {};
    placeholders.forEach((p, i) => {
      out[p.id] = initial[p.id] ?? {
        from: choices[Math.min(i, Math.max(columns.length - 1, 0))]?.from ?? choices[0]!.from,
        skipIfEmpty: false,
      };
    });
    return out;
  });
  const { run, pending, failure, fieldError } = useStepAction();
  const set = (id: string, patch: Partial<PlaceholderMapping>) =>
    setMapping((all) => ({ ...all, [id]: { ...all[id]!, ...patch } }));

  return (
    <form
      noValidate
      aria-label="Variables"
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => saveCampaignMapping({ id: campaignId, mapping }));
      }}
    >
      <p className="text-sm text-slate-700">{summary}</p>
      {placeholders.length === 0 ? (
        <p className="text-sm text-slate-600">
          This message has no placeholders: every recipient gets the same message.
        </p>
      ) : null}
      {placeholders.map((p) => {
        const rule = mapping[p.id]!;
        return (
          <fieldset
            key={p.id}
            className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-3"
          >
            <legend className="px-1 text-sm font-semibold">{p.label}</legend>
            <Field label={`Value of ${p.label}`} error={fieldError(`mapping.${p.id}`)}>
              {(meta) => (
                <Select
                  meta={meta}
                  value={valueOf(rule.from)}
                  onChange={(e) =>
                    set(p.id, { from: choices.find((c) => c.value === e.target.value)!.from })
                  }
                  options={choices}
                />
              )}
            </Field>
            {rule.from.source === "fixed" ? (
              <Field label={`Text of ${p.label}`}>
                {(meta) => (
                  <Input
                    meta={meta}
                    value={rule.from.source === "fixed" ? rule.from.value : ""}
                    onChange={(e) =>
                      set(p.id, { from: { source: "fixed", value: e.target.value } })
                    }
                  />
                )}
              </Field>
            ) : (
              <Field
                label={`Fallback for ${p.label}`}
                optional
                hint="Used when the row's value is empty."
              >
                {(meta) => (
                  <Input
                    meta={meta}
                    value={rule.fallback ?? ""}
                    onChange={(e) => set(p.id, { fallback: e.target.value || undefined })}
                  />
                )}
              </Field>
            )}
            <label className="flex items-center gap-2 self-end text-sm">
              <input
                type="checkbox"
                checked={rule.skipIfEmpty}
                onChange={(e) => set(p.id, { skipIfEmpty: e.target.checked })}
              />
              Skip the row if {p.label} is empty
            </label>
          </fieldset>
        );
      })}
      <StepError message={failure?.message} />
      <div>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Planning…" : "Next: review"}
        </button>
      </div>
    </form>
  );
}
