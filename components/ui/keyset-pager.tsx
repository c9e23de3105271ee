import Link from "next/link";

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100";
const disabledClass =
  "cursor-not-allowed rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";

/** Newest / Newer / Older links of a keyset-paged list; a null href is a disabled link. */
export function KeysetPager({
  label,
  newest,
  newer,
  older,
}: {
  /** The navigation's accessible name ("Opt-out pages"). */
  label: string;
  newest: string | null;
  newer: string | null;
  older: string | null;
}) {
  const links: [string, string | null][] = [
    ["Newest", newest],
    ["← Newer", newer],
    ["Older →", older],
  ];
  return (
    <nav aria-label={label} className="flex items-center gap-2">
      {links.map(([text, href]) =>
        href ? (
          <Link key={text} href={href} className={linkClass}>
            {text}
          </Link>
        ) : (
          <span key={text} aria-disabled="true" className={disabledClass}>
            {text}
          </span>
        ),
      )}
    </nav>
  );
}
