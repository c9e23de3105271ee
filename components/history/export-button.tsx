"use client";

import { useRef, useState } from "react";
import { toast } from "@/components/ui/toast";
import { buttonClass } from "@/components/ui/styles";
import { CsvRowCounter } from "@/lib/history/csv-row-counter";

type State =
  | { phase: "idle" }
  | { phase: "running"; rows: number; total: number | null }
  | { phase: "failed"; message: string };

function fileNameOf(response: Response): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  return /filename="([^"]+)"/.exec(header)?.[1] ?? "kabar-history.csv";
}

async function failureMessage(response: Response): Promise<string> {
  if (response.status === 401) return "Your session has ended. Sign in again to export.";
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? "The export could not start. Try again.";
}

/** Saves the received chunks as a file through a temporary link. */
function saveFile(chunks: BlobPart[], fileName: string) {
  const url = URL.createObjectURL(new Blob(chunks, { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Exports the current filter as CSV. The server streams it; this reads the stream, counting
 * rows against the total the server announced, and can be cancelled at any time.
 */
export function ExportButton({ search }: { search: string }) {
  const [state, setState] = useState<State>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: "running", rows: 0, total: null });
    try {
      const response = await fetch(`/api/history/export${search}`, { signal: controller.signal });
      if (!response.ok || !response.body) {
        setState({ phase: "failed", message: await failureMessage(response) });
        return;
      }
      const totalHeader = response.headers.get("X-Total-Count");
      const total = totalHeader === null ? null : Number(totalHeader);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const counter = new CsvRowCounter();
      const chunks: BlobPart[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        counter.push(decoder.decode(value, { stream: true }));
        setState({ phase: "running", rows: Math.max(0, counter.records - 1), total });
      }
      const rows = Math.max(0, counter.records - 1);
      const fileName = fileNameOf(response);
      saveFile(chunks, fileName);
      setState({ phase: "idle" });
      toast.success(`Exported ${rows.toLocaleString("en")} sends to ${fileName}.`);
    } catch (error) {
      if (controller.signal.aborted) {
        setState({ phase: "idle" });
        toast.info("Export cancelled.");
      } else {
        setState({ phase: "failed", message: "The export was interrupted. Try again." });
        console.error(error);
      }
    } finally {
      abort.current = null;
    }
  }

  if (state.phase === "running") {
    const percent = state.total
      ? Math.min(100, Math.round((state.rows / state.total) * 100))
      : null;
    return (
      <div className="flex items-center gap-3" role="status" aria-live="polite">
        <div className="flex flex-col gap-1">
          <progress
            aria-label="Export progress"
            className="h-2 w-48 accent-brand-600"
            max={state.total ?? undefined}
            value={state.total ? state.rows : undefined}
          />
          <p className="text-xs text-slate-600">
            Exporting {state.rows.toLocaleString("en")}
            {state.total !== null ? ` of ${state.total.toLocaleString("en")}` : ""} sends
            {percent !== null ? ` (${percent}%)` : ""}…
          </p>
        </div>
        <button
          type="button"
          onClick={() => abort.current?.abort()}
          className={buttonClass.secondary}
        >
          Cancel export
        </button>
      </div>
    );
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" onClick={run} className={buttonClass.primary}>
        Export CSV
      </button>
      {state.phase === "failed" ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
