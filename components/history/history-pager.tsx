import Link from "next/link";
import { historyHref, type HistoryFilterField } from "@/lib/history/filter-href";

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100";
const disabledClass =
  "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500 cursor-not-allowed";

/** Newest / Newer / Older: keyset links that keep the filter. */
export function HistoryPager({
  label,
  filter,
  newerCursor,
  olderCursor,
  atNewest,
}: {
  /** Names this pager's landmark ("Pages", "Pages, bottom"). */
  label: string;
  filter: Partial<Record<HistoryFilterField, string>>;
  newerCursor: string | null;
  olderCursor: string | null;
  atNewest: boolean;
}) {
  return (
    <nav aria-label={label} className="flex items-center gap-2">
      {atNewest ? (
        <span aria-disabled="true" className={disabledClass}>
          Newest
        </span>
      ) : (
        <Link href={historyHref(filter)} className={linkClass}>
          Newest
        </Link>
      )}
      {newerCursor ? (
        <Link href={historyHref({ ...filter, before: newerCursor })} className={linkClass}>
          ← Newer
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClass}>
          ← Newer
        </span>
      )}
      {olderCursor ? (
        <Link href={historyHref({ ...filter, after: olderCursor })} className={linkClass}>
          Older →
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClass}>
          Older →
        </span>
      )}
    </nav>
  );
}
