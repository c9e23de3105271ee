import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  COMMON_OUTCOMES,
  SEND_OUTCOMES,
  outcomeLabels,
  type SendOutcome,
} from "@/lib/vocabulary/sends";
import { historyHref } from "@/lib/history/filter-href";
import type { DayCounts } from "@/lib/overview/overview-data";
import { outcomeColors } from "./outcome-colors";
import { chartTicks } from "./chart-ticks";

const dayLabel = (day: string, withYear = false) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: withYear ? "numeric" : undefined,
    timeZone: "UTC",
  });

/** At most this many day labels under the axis; the first and the last are always shown. */
const MAX_DAY_LABELS = 10;

/**
 * Sends per day, stacked by outcome: plain HTML drawn on the server, no chart library in the
 * browser. Each segment opens that day's sends with that outcome in History and names itself on
 * hover; the table below (SendsPerDayTable) offers the same links to keyboard and screen-reader
 * users, so the chart itself is hidden from them.
 */
export function SendsPerDayChart({ days }: { days: DayCounts[] }) {
  const outcomes = SEND_OUTCOMES.filter(
    (o) => COMMON_OUTCOMES.includes(o) || days.some((d) => d[o] > 0),
  );
  const totalOf = (d: DayCounts) => outcomes.reduce((n, o) => n + d[o], 0);
  const ticks = chartTicks(Math.max(0, ...days.map(totalOf)));
  const top = ticks[ticks.length - 1]!;
  const labelEvery = Math.max(1, Math.ceil(days.length / MAX_DAY_LABELS));

  return (
    <div aria-hidden data-testid="sends-per-day-chart" className="flex flex-col gap-2 text-xs">
      <div className="flex h-72 gap-2">
        <div className="relative w-14 shrink-0 text-right text-slate-500 tabular-nums">
          {ticks.map((t) => (
            <span
              key={t}
              className="absolute right-0 -translate-y-1/2"
              style={{ bottom: `${(t / top) * 100}%` }}
            >
              {t.toLocaleString("en")}
            </span>
          ))}
        </div>
        <div className="relative flex-1">
          {ticks.map((t) => (
            <div
              key={t}
              className="absolute inset-x-0 border-t border-dashed border-slate-200"
              style={{ bottom: `${(t / top) * 100}%` }}
            />
          ))}
          <div className="absolute inset-0 flex items-end gap-px">
            {days.map((d) => (
              <div key={d.day} className="flex h-full min-w-0 flex-1 flex-col-reverse">
                {outcomes.map((o) =>
                  d[o] > 0 ? (
                    <Segment key={o} day={d.day} outcome={o} count={d[o]} top={top} />
                  ) : null,
                )}
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className="ml-16 flex gap-px text-slate-500">
        {days.map((d, i) => (
          // The last day's label ends at the chart's right edge, and no other label sits close
          // enough before it to run past that edge (a phone's page would then scroll sideways).
          <span
            key={d.day}
            className={`flex min-w-0 flex-1 overflow-visible whitespace-nowrap ${i === days.length - 1 ? "justify-end" : ""}`}
          >
            {(i % labelEvery === 0 && i + labelEvery <= days.length - 1) || i === days.length - 1
              ? dayLabel(d.day)
              : null}
          </span>
        ))}
      </div>
      <ul className="flex flex-wrap justify-center gap-4 text-slate-700">
        {outcomes.map((o) => (
          <li key={o} className="flex items-center gap-1.5">
            <span className="h-2.5 w-2.5 rounded-sm" style={{ background: outcomeColors[o] }} />
            {outcomeLabels[o]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Segment({
  day,
  outcome,
  count,
  top,
}: {
  day: string;
  outcome: SendOutcome;
  count: number;
  top: number;
}) {
  const tc = useTranslations("common");
  return (
    <Link
      href={historyHref({ from: day, to: day, outcome })}
      prefetch={false}
      tabIndex={-1}
      data-outcome={outcome}
      // The unit in words: a segment counts sends (requests to Damcorp), not recipients.
      title={`${dayLabel(day, true)} · ${outcomeLabels[outcome]}: ${tc("sends", { count })}`}
      className="block w-full shrink-0 hover:opacity-80"
      style={{ height: `${(count / top) * 100}%`, background: outcomeColors[outcome] }}
    />
  );
}
