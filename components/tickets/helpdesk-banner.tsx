import { ApiError } from "@/browser/api-error";

/**
 * Shown when the latest refresh failed: what went wrong in plain words, and that the tickets on
 * screen are the last ones loaded (not live).
 */
export function HelpdeskBanner({
  error,
  hasData,
  lastUpdatedLabel,
  refreshSeconds,
  retrying,
  onRetry,
}: {
  error: Error;
  hasData: boolean;
  lastUpdatedLabel: string | null;
  refreshSeconds: number;
  retrying: boolean;
  onRetry: () => void;
}) {
  const problem = error instanceof ApiError ? error.problem : undefined;
  const title = problem?.title ?? "The tickets could not be loaded";
  const meaning = problem?.meaning ?? error.message;
  return (
    <div
      role="alert"
      className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
    >
      <div className="flex max-w-3xl flex-col gap-1">
        <p className="font-semibold">Helpdesk problem: {title}</p>
        <p>{meaning}</p>
        {problem?.action ? <p>{problem.action}</p> : null}
        <p className="text-red-800">
          {hasData
            ? `The board shows the tickets as last loaded${lastUpdatedLabel ? ` (${lastUpdatedLabel})` : ""}; they may be out of date.`
            : "No tickets could be loaded yet."}{" "}
          {refreshSeconds > 0
            ? `Kabar tries again every ${refreshSeconds} s.`
            : "Auto-refresh is off."}
        </p>
      </div>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-100 disabled:opacity-60"
      >
        {retrying ? "Trying…" : "Try again now"}
      </button>
    </div>
  );
}
