import { ApiError } from "@/browser/api-error";
import { boardStatusLabels, type BoardStatus, type StaleNote } from "@/lib/tickets/types";
import { formatDateTime, formatClockTime } from "@/lib/time/format";
import { UpdatedAgoLabel } from "./updated-ago-label";

/**
 * Why a column is not live: its last load failed, or Kabar served the helpdesk's last good
 * answer. `shownSince`: when the helpdesk gave what the column shows (ms), null when nothing.
 */
export type BoardProblem = { status: BoardStatus; shownSince: number | null } & (
  { error: Error } | { stale: StaleNote }
);

/**
 * Shown when what is on the board is not a fresh answer from the helpdesk: what went wrong in
 * plain words, how old the tickets shown are, and when Kabar asks again.
 */
export function HelpdeskBanner({
  problem,
  timeZone,
  refreshSeconds,
  retrying,
  onRetry,
}: {
  problem: BoardProblem;
  timeZone: string;
  refreshSeconds: number;
  retrying: boolean;
  onRetry: () => void;
}) {
  const fetchError = "error" in problem && problem.error instanceof ApiError;
  const note: Omit<StaleNote, "problem"> & { problem?: StaleNote["problem"] } =
    "stale" in problem
      ? problem.stale
      : fetchError
        ? (problem.error as ApiError)
        : { retryAt: null };
  const described = note.problem;
  const title = described?.title ?? "The tickets could not be loaded";
  const meaning = described?.meaning ?? ("error" in problem ? problem.error.message : "");
  const column = boardStatusLabels[problem.status].toLowerCase();
  return (
    <div
      role="alert"
      className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
    >
      <div className="flex max-w-3xl flex-col gap-1">
        <p className="font-semibold">Helpdesk problem: {title}</p>
        <p>{meaning}</p>
        {described?.action ? <p>{described.action}</p> : null}
        <p className="text-red-800" data-testid="board-age">
          {problem.shownSince !== null ? (
            <>
              The board shows the {column} tickets as last loaded (
              {formatDateTime(new Date(problem.shownSince), timeZone)},{" "}
              <UpdatedAgoLabel updatedAt={problem.shownSince} />
              ); they may be out of date.
            </>
          ) : (
            `No ${column} tickets could be loaded yet.`
          )}{" "}
          {note.retryAt
            ? `Kabar asks the helpdesk again after ${formatClockTime(note.retryAt, timeZone)}.`
            : refreshSeconds > 0
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
