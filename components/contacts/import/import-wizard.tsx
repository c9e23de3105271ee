"use client";

import { useState } from "react";
import { FormAlert } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import type { ImportKind } from "@/lib/contacts/import/fields";
import { uploadImportFile } from "@/lib/contacts/import/upload-client";
import type { ImportPreview, ImportProgress } from "@/lib/contacts/import/view";
import { MappingStep } from "./mapping-step";
import { ProgressStep } from "./progress-step";

type Step =
  | { name: "upload" }
  | { name: "mapping"; preview: ImportPreview }
  | { name: "progress"; progress: ImportProgress };

/** Upload → choose the columns → follow the import. */
export function ImportWizard({ kind }: { kind: ImportKind }) {
  const [step, setStep] = useState<Step>({ name: "upload" });
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload() {
    if (!file) return setError("Choose a file first.");
    setError(null);
    setUploading(0);
    try {
      const preview = await uploadImportFile(file, kind, setUploading);
      setStep({ name: "mapping", preview });
    } catch (e) {
      setError(e instanceof Error ? e.message : "The upload failed. Try again.");
    } finally {
      setUploading(null);
    }
  }

  if (step.name === "mapping")
    return (
      <MappingStep
        preview={step.preview}
        onStarted={(progress) => setStep({ name: "progress", progress })}
      />
    );
  if (step.name === "progress") return <ProgressStep initial={step.progress} />;
  return (
    <section aria-labelledby="upload-heading" className="flex max-w-xl flex-col gap-4">
      <h2 id="upload-heading" className="text-lg font-semibold">
        Upload a spreadsheet
      </h2>
      <p className="text-sm text-slate-700">
        {kind === "contacts"
          ? "A CSV file or an Excel workbook (.xlsx) with one contact a row and a phone number in one column. Contacts whose number is already in Kabar are updated, never duplicated."
          : "A CSV file or an Excel workbook (.xlsx) with one phone number a row. Every number in it is opted out: Kabar will not send to it."}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-medium">
          Spreadsheet file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="text-sm"
        />
      </div>
      {uploading !== null ? (
        <div
          role="progressbar"
          aria-label="Upload progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(uploading * 100)}
          className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full bg-brand-600"
            style={{ width: `${Math.round(uploading * 100)}%` }}
          />
        </div>
      ) : null}
      <FormAlert message={error} />
      <button
        type="button"
        onClick={upload}
        disabled={uploading !== null}
        className={`${buttonClass.primary} self-start`}
      >
        {uploading !== null ? "Uploading…" : "Upload and choose columns"}
      </button>
    </section>
  );
}
