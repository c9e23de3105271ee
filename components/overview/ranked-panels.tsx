// The overview's ranked lists: failure reasons, templates and sender numbers. Each bar links to
// the sends it counts in History, with the overview's date range.
import { historyHref } from "@/lib/history/filter-href";
import type { FailureReason, SenderTotal, TemplateUse } from "@/lib/overview/overview-data";
import { BarList } from "./bar-list";

type Range = { from: string; to: string };

const unitOf = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function FailureReasonsList({ reasons, range }: { reasons: FailureReason[]; range: Range }) {
  return (
    <BarList
      empty="No failures in this range."
      items={reasons.map((r) => {
        const bySend = r.unit === "sends";
        const unit = bySend
          ? unitOf(r.count, "send", "sends")
          : unitOf(r.count, "recipient", "recipients");
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
          unit,
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
  return (
    <BarList
      empty="No templates sent in this range."
      items={templates.map((t) => ({
        key: t.name,
        label: <span className="font-mono">{t.name}</span>,
        count: t.count,
        unit: unitOf(t.count, "send", "sends"),
        href: historyHref({ ...range, template: t.name }),
      }))}
    />
  );
}

export function SenderList({ senders, range }: { senders: SenderTotal[]; range: Range }) {
  return (
    <BarList
      empty="No sends in this range."
      items={senders.map((s) => ({
        key: s.id,
        label: (
          <>
            {s.label}
            {s.number ? <span className="text-slate-500"> · {s.number}</span> : null}
          </>
        ),
        count: s.count,
        unit: unitOf(s.count, "send", "sends"),
        href: historyHref({ ...range, sender: s.id }),
      }))}
    />
  );
}
