"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { fetchJson } from "@/browser/fetch-json";
import type { CampaignProgress } from "@/lib/campaigns/campaign-progress";
import { campaignKeys } from "@/lib/campaigns/query-keys";
import { recipientStatuses } from "@/lib/campaigns/statuses";
import { formatNumber } from "@/lib/i18n/numbers";

type Words = ReturnType<typeof useTranslations<"campaigns">>;

function durationWords(seconds: number, t: Words): string {
  if (seconds < 60) return t("live.seconds", { seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t("live.minutes", { minutes });
  return t("live.hours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

const LIVE: CampaignProgress["status"][] = ["running", "scheduled", "paused"];

/**
 * The campaign's live figures, refreshed every two seconds while it can still change; the
 * controls read the same query, so what they offer follows the campaign's state as it moves.
 */
export function useCampaignProgress(initial: CampaignProgress) {
  return useQuery({
    queryKey: campaignKeys.progress(initial.id),
    queryFn: () => fetchJson<CampaignProgress>(`/api/campaigns/${initial.id}/progress`),
    initialData: initial,
    refetchInterval: (q) => (LIVE.includes(q.state.data?.status ?? "running") ? 2_000 : false),
  });
}

/** The campaign's live figures; when its state changes, the server parts of the page follow. */
export function CampaignLive({ initial }: { initial: CampaignProgress }) {
  const query = useCampaignProgress(initial);
  const t = useTranslations("campaigns");
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const p = query.data;
  const router = useRouter();
  const shown = useRef(initial.status);
  useEffect(() => {
    if (shown.current === p.status) return;
    shown.current = p.status;
    // The heading's status and the recipient table are server-rendered: refresh them too.
    router.refresh();
  }, [p.status, router]);
  const done = p.total - p.counts.planned - p.counts.queued - p.counts.dispatched;
  const percent = p.total > 0 ? Math.round((done / p.total) * 100) : 0;
  const open = p.counts.planned + p.counts.queued + p.counts.dispatched;
  const base = `/campaigns/${p.id}`;
  return (
    <section aria-label={t("live.progress")} className="flex flex-col gap-4">
      {query.isError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("live.stale", { at: new Date(p.at).toLocaleTimeString(locale) })}
        </p>
      ) : null}
      {p.status === "running" && p.liveWorkers === 0 && open > 0 ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t("live.noWorker")}
        </p>
      ) : null}
      <div>
        <div className="mb-1 flex flex-wrap justify-between gap-2 text-sm">
          <span>
            {t(`status.${p.status}`)} · {t("live.done", { done: n(done), total: n(p.total) })}
          </span>
          <span>
            {p.status === "running" && p.ratePerSecond > 0
              ? t("live.rate", { rate: n(Number(p.ratePerSecond.toFixed(1))) })
              : null}
            {p.status === "running" && p.etaSeconds !== null
              ? ` · ${t("live.left", { duration: durationWords(p.etaSeconds, t) })}`
              : null}
          </span>
        </div>
        <div
          role="progressbar"
          aria-label={t("live.progressBar")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-3 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand-600" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <ul aria-label={t("live.byStatus")} className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {recipientStatuses.map((status) => (
          <li key={status} className="rounded-md border border-slate-200 bg-white p-2 text-sm">
            <Link href={`${base}?status=${status}`} className="block">
              <span className="block text-slate-600">{t(`recipientStatus.${status}`)}</span>
              <span className="text-lg font-semibold">{n(p.counts[status])}</span>
            </Link>
          </li>
        ))}
      </ul>
      {p.reasons.length > 0 ? (
        <div>
          <h2 id="campaign-reasons" className="mb-2 text-base font-semibold">
            {t("live.reasons")}
          </h2>
          <ul aria-labelledby="campaign-reasons" className="flex flex-col gap-1 text-sm">
            {p.reasons.map((r) => (
              <li key={`${r.status}:${r.code ?? ""}`}>
                <Link
                  href={`${base}?status=${r.status}${r.code ? `&errorCode=${encodeURIComponent(r.code)}` : ""}`}
                  className="text-brand-700 underline"
                >
                  {n(r.count)} · {r.title}
                </Link>{" "}
                <span className="text-slate-600">{r.meaning}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
