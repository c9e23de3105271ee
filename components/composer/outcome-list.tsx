"use client";

// What is happening to each recipient while the delivery engine works (queued, waiting for the
// rate limit until…, sending) and what happened after: sent with its message ID, what went wrong in
// plain words, or "unknown" with what to do about it; each links to its history.
import Link from "next/link";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { DamcorpSaid } from "@/components/ui/damcorp-said";
import {
  describeWaiting,
  UNKNOWN_OUTCOME_ADVICE,
  type ComposeState,
  type RecipientState,
} from "@/lib/sends/compose-state";

export type OutcomeTranslate = ReturnType<typeof useTranslations<"composer.outcome">>;

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
export function progressWords(t: OutcomeTranslate, state: ComposeState, timeZone?: string): string {
  const waiting = state.sends.find((s) => s.waiting)?.waiting;
  if (waiting) {
    const words = describeWaiting(waiting, timeZone);
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  }
  return state.sends.some((s) => s.outcome === "dispatched") ? t("sending") : t("queued");
}

function headline(
  t: OutcomeTranslate,
  state: ComposeState,
  counts: { total: number; sent: number; unknown: number },
  timeZone?: string,
): string {
  const { total, sent, unknown } = counts;
  if (!state.done) return t("soFar", { words: progressWords(t, state, timeZone), sent, total });
  const cancelled = state.sends.filter((s) => s.outcome === "cancelled").length;
  if (cancelled > 0 && sent === 0 && unknown === 0) return t("cancelledNothing", { total });
  if (sent === total) return t("sentAll", { total });
  if (unknown === total) return t("outcomeUnknown");
  if (sent === 0 && unknown === 0) return t("notSentAny", { total });
  return t("sentSome", { sent, total }) + (unknown > 0 ? t("unknownFor", { count: unknown }) : "");
}

export function OutcomeList({
  state,
  title,
  timeZone,
}: {
  state: ComposeState;
  title?: string;
  timeZone?: string;
}) {
  const t = useTranslations("composer.outcome");
  const heading = title ?? t("title");
  const rows = state.sends.flatMap((send) =>
    send.recipients.map((recipient) => ({ ...recipient, sendId: send.id })),
  );
  const sent = rows.filter((r) => r.status === "sent").length;
  const unknown = rows.filter((r) => r.status === "unknown").length;
  return (
    <section
      aria-label={heading}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div>
        <h2 className="text-sm font-semibold text-slate-800">{heading}</h2>
        <p role="status" className="text-sm text-slate-700">
          {headline(t, state, { total: rows.length, sent, unknown }, timeZone)}
        </p>
      </div>
      {state.duplicate ? (
        <p className="rounded-md bg-slate-100 p-2 text-sm text-slate-700">{t("duplicate")}</p>
      ) : null}
      {unknown > 0 && state.done ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          <strong>{t("outcomeUnknownStrong")}</strong> {UNKNOWN_OUTCOME_ADVICE}
        </p>
      ) : null}
      <ul aria-label={t("recipientsOutcomes")} className="flex flex-col divide-y divide-slate-100">
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
                {t(`status.${row.status}`)}
              </span>
              {row.errorCode && row.status !== "sent" && row.errorCode !== row.status ? (
                <span className="text-xs text-slate-500">{t("code", { code: row.errorCode })}</span>
              ) : null}
              <Link
                href={`/history/${row.sendId}`}
                className="ml-auto text-xs font-medium text-brand-700 underline underline-offset-2"
                aria-label={t("historyOf", { number: row.number })}
              >
                {t("history")}
              </Link>
            </div>
            {row.msgId ? (
              <p className="text-xs text-slate-500">
                {t("messageId")} <span className="font-mono break-all">{row.msgId}</span>
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
