import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/numbers";
import { COMMON_OUTCOMES, SEND_OUTCOMES } from "@/lib/vocabulary/sends";
import { historyHref } from "@/lib/history/filter-href";
import type { OverviewData } from "@/lib/overview/overview-data";
import { outcomeColors } from "./outcome-colors";

/** Totals for the range, each a link to those sends in History. */
export function OverviewTotals({ data }: { data: OverviewData }) {
  const tr = useTranslations("overview");
  const tc = useTranslations("common");
  const locale = useLocale();
  const range = { from: data.from, to: data.to };
  const tiles = [
    {
      key: "all",
      label: tr("allSends"),
      count: data.totals.all,
      href: historyHref(range),
      color: "var(--color-slate-900)",
    },
    ...SEND_OUTCOMES.filter((o) => COMMON_OUTCOMES.includes(o) || data.totals[o] > 0).map((o) => ({
      key: o,
      label: tc(`outcomes.${o}`),
      count: data.totals[o],
      href: historyHref({ ...range, outcome: o }),
      color: outcomeColors[o],
    })),
  ];
  return (
    <ul aria-label={tr("totals")} className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {tiles.map((t) => {
        const share =
          data.totals.all > 0 && t.key !== "all"
            ? Math.round((t.count / data.totals.all) * 1000) / 10
            : null;
        return (
          <li key={t.key}>
            <Link
              href={t.href}
              className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-slate-400"
            >
              <span className="flex items-center gap-2 text-sm text-slate-600">
                <span
                  aria-hidden
                  className="inline-block h-2.5 w-2.5 rounded-full"
                  style={{ background: t.color }}
                />
                {t.label}
              </span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums">
                {formatNumber(t.count, locale)}
              </span>
              {share !== null ? (
                <span className="text-xs text-slate-500">
                  {tr("shareOfSends", { share: formatNumber(share, locale) })}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
