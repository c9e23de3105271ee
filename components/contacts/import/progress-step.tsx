"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { cancelImportAction } from "@/app/(app)/contacts/import/actions";
import { FormAlert } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { contactKeys } from "@/lib/contacts/query-keys";
import { importStatusLabels, type ImportProgress } from "@/lib/contacts/import/view";

const POLL_MS = 500;
const running = (status: ImportProgress["status"]) => status === "staging" || status === "applying";
const n = (value: number) => value.toLocaleString("en");

async function fetchProgress(id: string): Promise<ImportProgress> {
  const response = await fetch(`/api/contacts/imports/${id}`, { cache: "no-store" });
  if (response.status === 401)
    throw new Error("Your session has ended. Sign in again to follow the import.");
  if (!response.ok) throw new Error("Kabar could not say how far the import is. Retrying shortly.");
  return (await response.json()) as ImportProgress;
}

function Summary({ progress }: { progress: ImportProgress }) {
  const lines: string[] = [];
  if (progress.kind === "contacts") {
    lines.push(`${n(progress.created)} contacts added and ${n(progress.updated)} updated.`);
  } else {
    lines.push(
      `${n(progress.created)} numbers opted out; ${n(progress.updated)} were opted out already.`,
    );
  }
  if (progress.rejected > 0) lines.push(`${n(progress.rejected)} rows were rejected.`);
  if (progress.skipped > 0) lines.push(`${n(progress.skipped)} empty rows were skipped.`);
  if (progress.noted > 0) lines.push(`${n(progress.noted)} rows were imported with a note.`);
  return (
    <ul aria-label="Import summary" className="list-disc pl-5 text-sm">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

/** Follows a running import: a progress bar, live counts, Cancel; then the summary and report. */
export function ProgressStep({ initial }: { initial: ImportProgress }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const query = useQuery({
    queryKey: contactKeys.importProgress(initial.id),
    queryFn: () => fetchProgress(initial.id),
    initialData: initial,
    refetchInterval: (q) => (q.state.data && running(q.state.data.status) ? POLL_MS : false),
  });
  const progress = query.data;
  const percent = Math.round(progress.fraction * 100);

  function cancel() {
    startTransition(async () => {
      const result = await cancelImportAction({ importId: progress.id });
      if (!result.ok) setError(result.message);
      else await query.refetch();
    });
  }

  return (
    <section aria-labelledby="progress-heading" className="flex flex-col gap-4">
      <h2 id="progress-heading" className="text-lg font-semibold">
        {importStatusLabels[progress.status]}
      </h2>
      <p className="text-sm text-slate-700">File: {progress.fileName}</p>
      <div>
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-3 w-full max-w-xl overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
        </div>
        <p className="mt-1 text-sm text-slate-700" aria-live="polite">
          {running(progress.status)
            ? `${percent}% of the file read: ${n(progress.rowsRead)} rows, ${n(progress.rejected)} rejected so far.`
            : null}
        </p>
      </div>
      {query.error ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {query.error.message}
        </p>
      ) : null}
      {progress.status === "done" ? <Summary progress={progress} /> : null}
      {progress.errorMessage ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {progress.errorMessage}
        </p>
      ) : null}
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        {progress.status === "staging" ? (
          <button type="button" onClick={cancel} disabled={pending} className={buttonClass.danger}>
            Cancel import
          </button>
        ) : null}
        {progress.hasReport && !running(progress.status) ? (
          <a
            href={`/api/contacts/imports/${progress.id}/report`}
            download
            className={buttonClass.secondary}
          >
            Download the row report (CSV)
          </a>
        ) : null}
        {!running(progress.status) ? (
          <>
            <Link href="/contacts" className={buttonClass.secondary}>
              See contacts
            </Link>
            <Link
              href={`/contacts/import${progress.kind === "opt_outs" ? "?kind=opt_outs" : ""}`}
              className={buttonClass.secondary}
            >
              Import another file
            </Link>
          </>
        ) : null}
      </div>
    </section>
  );
}
