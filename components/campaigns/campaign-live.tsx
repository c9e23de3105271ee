"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { fetchJson } from "@/browser/fetch-json";
import type { CampaignProgress } from "@/lib/campaigns/campaign-progress";
import { campaignKeys } from "@/lib/campaigns/query-keys";
import { recipientStatuses } from "@/lib/campaigns/statuses";
import { campaignStatusLabels, durationWords, recipientStatusLabels } from "./labels";

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
    <section aria-label="Progress" className="flex flex-col gap-4">
      {query.isError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          The figures could not be refreshed; they are from {new Date(p.at).toLocaleTimeString()}.
        </p>
      ) : null}
      {p.status === "running" && p.liveWorkers === 0 && open > 0 ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          No delivery worker is running: nothing is being sent. Start Kabar or `npm run worker`.
        </p>
      ) : null}
      <div>
        <div className="mb-1 flex flex-wrap justify-between gap-2 text-sm">
          <span>
            {campaignStatusLabels[p.status]} · {done.toLocaleString("en")} of{" "}
            {p.total.toLocaleString("en")} done
          </span>
          <span>
            {p.status === "running" && p.ratePerSecond > 0
              ? `${p.ratePerSecond.toFixed(1)} a second`
              : null}
            {p.status === "running" && p.etaSeconds !== null
              ? ` · about ${durationWords(p.etaSeconds)} left`
              : null}
          </span>
        </div>
        <div
          role="progressbar"
          aria-label="Campaign progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-3 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-brand-600" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <ul aria-label="Recipients by status" className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {recipientStatuses.map((status) => (
          <li key={status} className="rounded-md border border-slate-200 bg-white p-2 text-sm">
            <Link href={`${base}?status=${status}`} className="block">
              <span className="block text-slate-600">{recipientStatusLabels[status]}</span>
              <span className="text-lg font-semibold">{p.counts[status].toLocaleString("en")}</span>
            </Link>
          </li>
        ))}
      </ul>
      {p.reasons.length > 0 ? (
        <div>
          <h2 id="campaign-reasons" className="mb-2 text-base font-semibold">
            Why some were not sent
          </h2>
          <ul aria-labelledby="campaign-reasons" className="flex flex-col gap-1 text-sm">
            {p.reasons.map((r) => (
              <li key={`${r.status}:${r.code ?? ""}`}>
                <Link
                  href={`${base}?status=${r.status}${r.code ? `&errorCode=${encodeURIComponent(r.code)}` : ""}`}
                  className="text-brand-700 underline"
                >
                  {r.count.toLocaleString("en")} · {r.title}
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
