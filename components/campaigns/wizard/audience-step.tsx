"use client";

// Step 4: who receives it — an uploaded CSV/XLSX, rows pasted from a spreadsheet, contacts by
// tag or attribute, or several of these together. Read on the server with the contacts import's
// spreadsheet handling; a source that cannot be read is refused next to it.
import { useState } from "react";
import { saveCampaignAudience } from "@/app/(app)/campaigns/new/actions";
import { Field } from "@/components/ui/field";
import { Input, Select, TextArea } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { columnLetter } from "@/lib/spreadsheet/header";
import type { AudienceSourceInput } from "@/lib/campaigns/audience/types";
import { StepError, useStepAction } from "./use-step-action";

const COLUMN_CHOICES = [
  { value: "", label: "Found by Kabar" },
  ...Array.from({ length: 12 }, (_, i) => ({
    value: String(i),
    label: `Column ${columnLetter(i)}`,
  })),
];

function describe(source: AudienceSourceInput): string {
  if (source.kind === "file") return `File ${source.fileName}`;
  if (source.kind === "paste") {
    const lines = source.text.trim().split(/\r?\n/).length;
    return `Pasted rows (${lines} ${lines === 1 ? "line" : "lines"})`;
  }
  const parts = [
    source.tag ? `tag “${source.tag}”` : null,
    source.attribute ? `${source.attribute}${source.value ? ` = ${source.value}` : ""}` : null,
  ].filter(Boolean);
  return `Contacts with ${parts.join(" and ")}`;
}

async function uploadFile(file: File): Promise<{ uploadId: string; fileName: string }> {
  const response = await fetch("/campaigns/new/upload", {
    method: "POST",
    headers: {
      "X-File-Name": encodeURIComponent(file.name),
      "Content-Type": "application/octet-stream",
    },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as {
    uploadId: string;
    fileName: string;
    error?: string;
  } | null;
  if (!response.ok || !body) throw new Error(body?.error ?? "The upload failed. Try again.");
  return body;
}

export function AudienceStep({
  campaignId,
  sources: initial,
  contactTags,
}: {
  campaignId: string;
  sources: AudienceSourceInput[];
  contactTags: string[];
}) {
  const [sources, setSources] = useState<AudienceSourceInput[]>(initial);
  const [pasted, setPasted] = useState("");
  const [tag, setTag] = useState("");
  const [attribute, setAttribute] = useState("");
  const [value, setValue] = useState("");
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const { run, pending, failure, fieldError } = useStepAction();

  const add = (source: AudienceSourceInput) => setSources((all) => [...all, source]);
  const change = (index: number, patch: Partial<AudienceSourceInput>) =>
    setSources((all) =>
      all.map((s, i) => (i === index ? ({ ...s, ...patch } as AudienceSourceInput) : s)),
    );

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      const stored = await uploadFile(file);
      add({ kind: "file", ...stored });
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : "The upload failed.");
    } finally {
      setUploading(false);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-label="Add recipients" className="grid gap-4 md:grid-cols-3">
        <div className="flex flex-col gap-2">
          <Field label="Upload a CSV or Excel file" error={uploadError ?? undefined}>
            {(meta) => (
              <input
                id={meta.id}
                aria-describedby={meta.describedBy}
                type="file"
                accept=".csv,.txt,.tsv,.xlsx"
                onChange={(e) => void onFile(e)}
                disabled={uploading}
                className="text-sm"
              />
            )}
          </Field>
          {uploading ? <p className="text-sm text-slate-600">Uploading…</p> : null}
        </div>
        <div className="flex flex-col gap-2">
          <Field
            label="Paste rows from a spreadsheet"
            hint="Copy the rows (with or without the header row) and paste them here."
          >
            {(meta) => (
              <TextArea
                meta={meta}
                rows={4}
                value={pasted}
                onChange={(e) => setPasted(e.target.value)}
              />
            )}
          </Field>
          <div>
            <button
              type="button"
              className={buttonClass.secondary}
              disabled={pasted.trim() === ""}
              onClick={() => {
                add({ kind: "paste", text: pasted });
                setPasted("");
              }}
            >
              Add pasted rows
            </button>
          </div>
        </div>
        <div className="flex flex-col gap-2">
          <Field label="Contacts with the tag" optional>
            {(meta) => (
              <Select
                meta={meta}
                value={tag}
                onChange={(e) => setTag(e.target.value)}
                options={[
                  { value: "", label: "Any tag" },
                  ...contactTags.map((t) => ({ value: t, label: t })),
                ]}
              />
            )}
          </Field>
          <div className="grid grid-cols-2 gap-2">
            <Field label="Attribute" optional>
              {(meta) => (
                <Input
                  meta={meta}
                  value={attribute}
                  onChange={(e) => setAttribute(e.target.value)}
                />
              )}
            </Field>
            <Field label="Attribute value" optional>
              {(meta) => (
                <Input meta={meta} value={value} onChange={(e) => setValue(e.target.value)} />
              )}
            </Field>
          </div>
          <div>
            <button
              type="button"
              className={buttonClass.secondary}
              disabled={!tag && !attribute.trim()}
              onClick={() => {
                add({
                  kind: "contacts",
                  ...(tag ? { tag } : {}),
                  ...(attribute.trim() ? { attribute: attribute.trim() } : {}),
                  ...(attribute.trim() && value.trim() ? { value: value.trim() } : {}),
                });
                setTag("");
                setAttribute("");
                setValue("");
              }}
            >
              Add contacts
            </button>
          </div>
        </div>
      </section>

      <section aria-label="Audience sources" className="flex flex-col gap-2">
        <h2 className="text-base font-semibold">Audience</h2>
        {sources.length === 0 ? (
          <p className="text-sm text-slate-600">No recipients yet: add a file, rows or contacts.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {sources.map((source, index) => (
              <li
                key={index}
                className="flex flex-col gap-2 rounded-md border border-slate-200 p-3"
              >
                <div className="flex items-center justify-between gap-2">
                  <span className="text-sm font-medium">{describe(source)}</span>
                  <button
                    type="button"
                    className={buttonClass.small}
                    onClick={() => setSources((all) => all.filter((_, i) => i !== index))}
                  >
                    Remove {describe(source)}
                  </button>
                </div>
                {source.kind !== "contacts" ? (
                  <div className="grid gap-2 md:grid-cols-2">
                    <Field label={`Phone number column of source ${index + 1}`}>
                      {(meta) => (
                        <Select
                          meta={meta}
                          value={source.phoneColumn == null ? "" : String(source.phoneColumn)}
                          onChange={(e) =>
                            change(index, {
                              phoneColumn: e.target.value === "" ? null : Number(e.target.value),
                            })
                          }
                          options={COLUMN_CHOICES}
                        />
                      )}
                    </Field>
                    <Field label={`Header row of source ${index + 1}`}>
                      {(meta) => (
                        <Select
                          meta={meta}
                          value={source.header ?? "auto"}
                          onChange={(e) =>
                            change(index, {
                              header: e.target.value as "auto" | "present" | "absent",
                            })
                          }
                          options={[
                            { value: "auto", label: "Found by Kabar" },
                            { value: "present", label: "The first row holds column names" },
                            { value: "absent", label: "The first row is data" },
                          ]}
                        />
                      )}
                    </Field>
                  </div>
                ) : null}
                {fieldError(`sources.${index}`) ? (
                  <p role="alert" className="text-sm text-red-700">
                    {fieldError(`sources.${index}`)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <StepError message={failure && !failure.fieldErrors ? failure.message : null} />
      <div>
        <button
          type="button"
          className={buttonClass.primary}
          disabled={pending || sources.length === 0}
          onClick={() => run(() => saveCampaignAudience({ id: campaignId, sources }))}
        >
          {pending ? "Reading the audience…" : "Next: variables"}
        </button>
      </div>
    </div>
  );
}
