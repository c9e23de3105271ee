"use client";

// What is happening to each recipient while the delivery engine works (queued, waiting for the
// rate limit until…, sending) and what happened after: sent with its message ID, what went wrong in
// plain words, or "unknown" with what to do about it; each links to its history.
import Link from "next/link";
import clsx from "clsx";
import { DamcorpSaid } from "@/components/ui/damcorp-said";
import {
  describeWaiting,
  UNKNOWN_OUTCOME_ADVICE,
  type ComposeState,
  type RecipientState,
} from "@/lib/sends/compose-state";

const statusLabels: Record<RecipientState, string> = {
  sent: "✓ Sent",
  invalid: "Invalid number",
  failed: "Not delivered",
  error: "Not sent",
  unknown: "Unknown",
  pending: "Sending…",
  queued: "Queued",
  waiting: "Waiting",
  sending: "Sending…",
  skipped: "Skipped",
  cancelled: "Cancelled",
};

const statusClass: Record<RecipientState, string> = {
  sent: "bg-brand-100 text-brand-900",
  invalid: "bg-red-100 text-red-900",
  failed: "bg-red-100 text-red-900",
  error: "bg-red-100 text-red-900",
  unknown: "bg-amber-100 text-amber-950",
  pending: "bg-slate-100 text-slate-700",
  queued: "bg-slate-100 text-slate-700",
  waiting: "bg-amber-100 text-amber-950",
  sending: "bg-slate-100 text-slate-700",
  skipped: "bg-slate-100 text-slate-700",
  cancelled: "bg-slate-100 text-slate-700",
};

/** What the engine is doing with a compose that has not finished, in a few words. */
export function progressWords(state: ComposeState, timeZone?: string): string {
  const waiting = state.sends.find((s) => s.waiting)?.waiting;
  if (waiting) {
    const words = describeWaiting(waiting, timeZone);
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  }
  return state.sends.some((s) => s.outcome === "dispatched") ? "Sending…" : "Queued";
}

function headline(
  state: ComposeState,
  counts: { total: number; sent: number; unknown: number },
  timeZone?: string,
): string {
  const { total, sent, unknown } = counts;
  if (!state.done) return `${progressWords(state, timeZone)} · ${sent} of ${total} sent so far`;
  const cancelled = state.sends.filter((s) => s.outcome === "cancelled").length;
  if (cancelled > 0 && sent === 0 && unknown === 0)
    return total === 1
      ? "Cancelled: nothing was sent"
      : `Cancelled: not sent to any of the ${total} recipients`;
  if (sent === total) return total === 1 ? "Sent" : `Sent to all ${total} recipients`;
  if (unknown === total) return "Outcome unknown";
  if (sent === 0 && unknown === 0)
    return total === 1 ? "Not sent" : `Not sent to any of the ${total} recipients`;
  return `Sent to ${sent} of ${total} recipients${unknown > 0 ? `; unknown for ${unknown}` : ""}`;
}

export function OutcomeList({
  state,
  title = "Outcome",
  timeZone,
}: {
  state: ComposeState;
  title?: string;
  timeZone?: string;
}) {
  const rows = state.sends.flatMap((send) =>
    send.recipients.map((recipient) => ({ ...recipient, sendId: send.id })),
  );
  const sent = rows.filter((r) => r.status === "sent").length;
  const unknown = rows.filter((r) => r.status === "unknown").length;
  return (
    <section
      aria-label={title}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div>
        <h2 className="text-sm font-semibold text-slate-800">{title}</h2>
        <p role="status" className="text-sm text-slate-700">
          {headline(state, { total: rows.length, sent, unknown }, timeZone)}
        </p>
      </div>
      {state.duplicate ? (
        <p className="rounded-md bg-slate-100 p-2 text-sm text-slate-700">
          This message had already been submitted, so Kabar did not send it again. This is what
          happened to it.
        </p>
      ) : null}
      {unknown > 0 && state.done ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          <strong>Outcome unknown.</strong> {UNKNOWN_OUTCOME_ADVICE}
        </p>
      ) : null}
      <ul aria-label="Recipients' outcomes" className="flex flex-col divide-y divide-slate-100">
        {rows.map((row) => (
          <li key={`${row.sendId}-${row.number}`} className="flex flex-col gap-1 py-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono">{row.number}</span>
              <span
                className={clsx(
                  "rounded-full px-2 py-0.5 text-xs font-medium",
                  statusClass[row.status],
                )}
              >
                {statusLabels[row.status]}
              </span>
              {row.errorCode && row.status !== "sent" && row.errorCode !== row.status ? (
                <span className="text-xs text-slate-500">code {row.errorCode}</span>
              ) : null}
              <Link
                href={`/history/${row.sendId}`}
                className="ml-auto text-xs font-medium text-brand-700 underline underline-offset-2"
                aria-label={`History of the send to ${row.number}`}
              >
                History
              </Link>
            </div>
            {row.msgId ? (
              <p className="text-xs text-slate-500">
                Message ID <span className="font-mono break-all">{row.msgId}</span>
              </p>
            ) : null}
            {row.reason ? <p className="text-slate-700">{row.reason}</p> : null}
            {row.damcorpMessage && row.status !== "sent" ? (
              <DamcorpSaid message={row.damcorpMessage} className="text-slate-700" />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
