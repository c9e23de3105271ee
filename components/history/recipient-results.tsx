import type { RecipientPreview, RecipientStatusCount } from "@/lib/history/send-list-item";
import { RecipientResultBadge } from "./badges";
import { displayNumber } from "@/lib/phone/display-number";

const statusOrder = [
  "sent",
  "invalid",
  "failed",
  "error",
  "unknown",
  "pending",
  "skipped",
  "cancelled",
];

/** The first recipients with their result, then how many recipients had each result. */
export function RecipientResults({
  recipients,
  counts,
  total,
}: {
  recipients: RecipientPreview[];
  counts: RecipientStatusCount[];
  total: number;
}) {
  const sorted = [...counts].sort(
    (a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status),
  );
  const more = total - recipients.length;
  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-0.5" aria-label="Recipients">
        {recipients.map((r) => (
          <li key={r.to} className="flex items-center gap-2">
            <span className="font-mono text-xs">{displayNumber(r.to)}</span>
            {total === 1 ? null : (
              <RecipientResultBadge status={r.status} errorCode={r.errorCode} />
            )}
          </li>
        ))}
        {more > 0 ? (
          <li className="text-xs text-slate-500">and {more.toLocaleString("en")} more</li>
        ) : null}
      </ul>
      <div role="group" className="flex flex-wrap gap-1" aria-label="Result counts">
        {sorted.map((c) => (
          <RecipientResultBadge
            key={`${c.status}:${c.errorCode ?? ""}`}
            status={c.status}
            errorCode={c.errorCode}
            count={c.count}
          />
        ))}
      </div>
    </div>
  );
}
