import Link from "next/link";
import { SEND_OUTCOMES, outcomeLabels } from "@/lib/vocabulary/sends";
import { historyHref } from "@/lib/history/filter-href";
import type { DayCounts } from "@/lib/overview/overview-data";

/** The per-day chart as a table of links (newest day first). */
export function SendsPerDayTable({ days }: { days: DayCounts[] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">Sends per day as a table</summary>
      <div className="mt-2 max-h-96 overflow-auto rounded-lg border border-slate-200">
        <table className="w-full text-left">
          <caption className="sr-only">Sends per day by outcome</caption>
          <thead className="sticky top-0 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-1.5 font-medium">
                Day
              </th>
              {SEND_OUTCOMES.map((o) => (
                <th key={o} scope="col" className="px-3 py-1.5 text-right font-medium">
                  {outcomeLabels[o]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map((d) => (
              <tr key={d.day} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-1.5 font-normal">
                  <Link
                    href={historyHref({ from: d.day, to: d.day })}
                    className="underline-offset-2 hover:underline"
                  >
                    {d.day}
                  </Link>
                </th>
                {SEND_OUTCOMES.map((o) => (
                  <td key={o} className="px-3 py-1.5 text-right tabular-nums">
                    {d[o] > 0 ? (
                      <Link
                        href={historyHref({ from: d.day, to: d.day, outcome: o })}
                        aria-label={`${d[o]} ${outcomeLabels[o].toLowerCase()} on ${d.day}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {d[o].toLocaleString("en")}
                      </Link>
                    ) : (
                      <span className="text-slate-500">0</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
