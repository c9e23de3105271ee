import Link from "next/link";

export interface BarListItem {
  key: string;
  label: React.ReactNode;
  detail?: string;
  count: number;
  /** The count in words ("4,096 sends" / "4.096 kiriman"). */
  countText: string;
  href: string;
}

/** A ranked list drawn as horizontal bars; each bar is a link into the filtered history. */
export function BarList({ items, empty }: { items: BarListItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  const max = Math.max(...items.map((i) => i.count));
  return (
    <ul className="flex flex-col gap-2">
      {items.map((item) => (
        <li key={item.key}>
          <Link
            href={item.href}
            title={item.detail}
            className="group block rounded-md p-1 hover:bg-slate-50"
          >
            <span className="flex items-baseline justify-between gap-2 text-sm">
              <span className="min-w-0 truncate">{item.label}</span>
              <span className="shrink-0 tabular-nums text-slate-700">{item.countText}</span>
            </span>
            <span className="mt-1 block h-2 rounded-full bg-slate-100">
              <span
                className="block h-2 rounded-full bg-brand-500 group-hover:bg-brand-600"
                style={{ width: `${Math.max(2, (item.count / max) * 100)}%` }}
              />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
