import Link from "next/link";
import { contactSearch } from "@/lib/contacts/schema";

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100";
const disabledClass =
  "cursor-not-allowed rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";

/** Newest / Newer / Older: keyset links that keep the filter. */
export function ContactsPager({
  filter,
  previousCursor,
  nextCursor,
  atNewest,
}: {
  filter: Record<string, string | undefined>;
  previousCursor: string | null;
  nextCursor: string | null;
  atNewest: boolean;
}) {
  const link = (label: string, search: string | null) =>
    search === null ? (
      <span aria-disabled="true" className={disabledClass}>
        {label}
      </span>
    ) : (
      <Link href={`/contacts${search}`} className={linkClass}>
        {label}
      </Link>
    );
  return (
    <nav aria-label="Pages" className="flex items-center gap-2">
      {link("Newest", atNewest ? null : contactSearch(filter))}
      {link(
        "← Newer",
        previousCursor ? contactSearch({ ...filter, before: previousCursor }) : null,
      )}
      {link("Older →", nextCursor ? contactSearch({ ...filter, after: nextCursor }) : null)}
    </nav>
  );
}
