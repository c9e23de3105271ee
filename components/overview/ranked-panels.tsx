// The overview's ranked lists: failure reasons, templates and sender numbers. Each bar links to
// the sends it counts in History, with the overview's date range.
import { historyHref } from "@/lib/history/filter-href";
import type { FailureReason, SenderTotal, TemplateUse } from "@/lib/overview/overview-data";
import { useTranslations } from "next-intl";
import { BarList } from "./bar-list";

type Range = { from: string; to: string };

export function FailureReasonsList({ reasons, range }: { reasons: FailureReason[]; range: Range }) {
  const t = useTranslations("overview");
  const tc = useTranslations("common");
  return (
    <BarList
      empty={t("noFailures")}
      items={reasons.map((r) => {
        const bySend = r.unit === "sends";
        return {
          key: `${r.unit}:${r.code}`,
          label: bySend ? (
            <>
              <span className="font-mono">{r.code}</span> · {r.title}
            </>
          ) : (
            r.title
          ),
          detail: r.meaning,
          count: r.count,
          countText: bySend
            ? tc("sends", { count: r.count })
            : tc("recipients", { count: r.count }),
          // Send-level codes filter sends; recipient results filter by a recipient's result.
          href: bySend
            ? historyHref({ ...range, errorCode: r.code })
            : historyHref({ ...range, status: r.code }),
        };
      })}
    />
  );
}

export function TemplateList({ templates, range }: { templates: TemplateUse[]; range: Range }) {
  const t = useTranslations("overview");
  const tc = useTranslations("common");
  return (
    <BarList
      empty={t("noTemplates")}
      items={templates.map((t) => ({
        key: t.name,
        label: <span className="font-mono">{t.name}</span>,
        count: t.count,
        countText: tc("sends", { count: t.count }),
        href: historyHref({ ...range, template: t.name }),
      }))}
    />
  );
}

export function SenderList({ senders, range }: { senders: SenderTotal[]; range: Range }) {
  const t = useTranslations("overview");
  const tc = useTranslations("common");
  return (
    <BarList
      empty={t("noSends")}
      items={senders.map((s) => ({
        key: s.id,
        label: (
          <>
            {s.label}
            {s.number ? <span className="text-slate-500"> · {s.number}</span> : null}
          </>
        ),
        count: s.count,
        countText: tc("sends", { count: s.count }),
        href: historyHref({ ...range, sender: s.id }),
      }))}
    />
  );
}
