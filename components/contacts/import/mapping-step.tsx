"use client";

import { useState, useTransition } from "react";
import { previewImportAction, startImportAction } from "@/app/(app)/contacts/import/actions";
import { CheckboxField, FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass, controlClass } from "@/components/ui/styles";
import { importFields } from "@/lib/contacts/import/fields";
import type { ImportPreview, ImportProgress } from "@/lib/contacts/import/view";
import { attributeKeyOf, type ColumnTarget } from "@/lib/spreadsheet/mapping";
import { encodingLabels, separatorLabels, type SpreadsheetInfo } from "@/lib/spreadsheet/types";

function targetValue(target: ColumnTarget): string {
  if (target.kind === "field") return `field:${target.field}`;
  return target.kind;
}

function FileFacts({ info }: { info: SpreadsheetInfo }) {
  const facts: string[] = [];
  if (info.format === "xlsx")
    facts.push(
      `Excel workbook; Kabar reads the first sheet${info.sheetName ? `, “${info.sheetName}”` : ""}.`,
    );
  else {
    facts.push(`CSV text in ${info.encoding ? encodingLabels[info.encoding] : "UTF-8"}.`);
    facts.push(
      info.separator
        ? `Values are separated by ${separatorLabels[info.separator]}.`
        : "The file has one column.",
    );
  }
  if (info.header.present)
    facts.push(
      info.header.how === "detected"
        ? "The first row holds the column names."
        : "You said the first row holds the column names.",
    );
  else if (info.header.how === "detected")
    facts.push(
      `${info.header.reason} Kabar reads it as data, and the columns are named by letter.`,
    );
  else facts.push("You said the file has no header row, so every row is read as data.");
  return (
    <ul aria-label="What Kabar found in the file" className="list-disc pl-5 text-sm text-slate-700">
      {facts.map((f) => (
        <li key={f}>{f}</li>
      ))}
      {info.columns
        .filter((c) => c.note)
        .map((c) => (
          <li key={c.index}>{c.note}</li>
        ))}
    </ul>
  );
}

/** The column-mapping step: what each column holds, then start. */
export function MappingStep({
  preview: initial,
  onStarted,
}: {
  preview: ImportPreview;
  onStarted: (progress: ImportProgress) => void;
}) {
  const [preview, setPreview] = useState(initial);
  const [targets, setTargets] = useState<ColumnTarget[]>(initial.suggestion);
  const [tagAll, setTagAll] = useState("");
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fields = importFields[preview.kind];

  function setHeader(present: boolean) {
    startTransition(async () => {
      const result = await previewImportAction({
        importId: preview.importId,
        header: present ? "present" : "absent",
      });
      if (!result.ok) return setMessage(result.message);
      setPreview(result.data);
      setTargets(result.data.suggestion);
      setErrors({});
      setMessage(null);
    });
  }

  function choose(index: number, value: string) {
    const column = preview.info.columns[index]!;
    const next: ColumnTarget =
      value === "ignore"
        ? { kind: "ignore" }
        : value === "attribute"
          ? { kind: "attribute", key: attributeKeyOf(column.name) }
          : { kind: "field", field: value.slice("field:".length) };
    setTargets((current) => current.map((t, i) => (i === index ? next : t)));
  }

  function start() {
    startTransition(async () => {
      const result = await startImportAction({
        importId: preview.importId,
        header: preview.info.header.present ? "present" : "absent",
        columns: targets,
        tagAll,
      });
      if (result.ok) return onStarted(result.data);
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  }

  const options = [
    ...fields.map((f) => ({ value: `field:${f.key}`, label: f.label })),
    ...(preview.kind === "contacts" ? [{ value: "attribute", label: "Attribute" }] : []),
    { value: "ignore", label: "Ignore this column" },
  ];
  const samples = preview.sample.filter((row) => !row.problem);
  const problems = preview.sample.filter((row) => row.problem);

  return (
    <section aria-labelledby="mapping-heading" className="flex flex-col gap-4">
      <h2 id="mapping-heading" className="text-lg font-semibold">
        Choose what each column holds
      </h2>
      <p className="text-sm text-slate-700">File: {preview.fileName}</p>
      <FileFacts info={preview.info} />
      <CheckboxField
        label="The first row holds column names"
        name="headerPresent"
        checked={preview.info.header.present}
        disabled={pending}
        onChange={(e) => setHeader(e.target.checked)}
      />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Columns of the file</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Column
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                First values
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Use as
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.info.columns.map((column, index) => {
              const target = targets[index] ?? { kind: "ignore" };
              const error = errors[`columns.${index}`]?.[0] ?? errors[`columns.${index}.key`]?.[0];
              return (
                <tr
                  key={`${preview.info.header.present}-${column.index}`}
                  className="border-b border-slate-100 align-top last:border-0"
                >
                  <th scope="row" className="px-3 py-2 font-medium">
                    {column.name}
                  </th>
                  <td className="px-3 py-2 text-slate-700">
                    {samples
                      .slice(0, 3)
                      .map((row) => row.cells[index] ?? "")
                      .filter(Boolean)
                      .join(" · ") || "(empty)"}
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex flex-col gap-2">
                      <label className="sr-only" htmlFor={`use-${index}`}>
                        {`Use column ${column.name} as`}
                      </label>
                      <select
                        id={`use-${index}`}
                        value={targetValue(target)}
                        onChange={(e) => choose(index, e.target.value)}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `use-${index}-error` : undefined}
                        className={controlClass}
                      >
                        {options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                      {target.kind === "attribute" ? (
                        <TextField
                          label={`Attribute name for column ${column.name}`}
                          name={`key-${index}`}
                          value={target.key}
                          onChange={(e) =>
                            setTargets((current) =>
                              current.map((t, i) =>
                                i === index ? { kind: "attribute", key: e.target.value } : t,
                              ),
                            )
                          }
                        />
                      ) : null}
                      {error ? (
                        <p id={`use-${index}-error`} role="alert" className="text-sm text-red-700">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problems.length > 0 ? (
        <ul aria-label="Rows that cannot be read" className="list-disc pl-5 text-sm text-amber-900">
          {problems.map((row) => (
            <li key={row.rowNumber}>
              Row {row.rowNumber}: {row.problem}
            </li>
          ))}
        </ul>
      ) : null}
      {preview.kind === "contacts" ? (
        <TextField
          label="Tag every imported contact with"
          name="tagAll"
          value={tagAll}
          onChange={(e) => setTagAll(e.target.value)}
          hint="Optional, separated by commas, for example: promo desember"
        />
      ) : null}
      <FormAlert message={message} />
      <button
        type="button"
        onClick={start}
        disabled={pending}
        className={`${buttonClass.primary} self-start`}
      >
        {pending
          ? "Starting…"
          : preview.kind === "contacts"
            ? "Import contacts"
            : "Opt out these numbers"}
      </button>
    </section>
  );
}
