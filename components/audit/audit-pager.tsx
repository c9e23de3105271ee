import Link from "next/link";
import { useTranslations } from "next-intl";
import { auditHref, type AuditFilterField } from "@/lib/audit/audit-href";

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100";
const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";

export function AuditPager({
  filter,
  newerCursor,
  olderCursor,
  atNewest,
}: {
  filter: Partial<Record<AuditFilterField, string>>;
  newerCursor: string | null;
  olderCursor: string | null;
  atNewest: boolean;
}) {
  const t = useTranslations("audit");
  const links: [string, string | null][] = [
    [t("pager.newest"), atNewest ? null : auditHref(filter)],
    [t("pager.newer"), newerCursor ? auditHref({ ...filter, before: newerCursor }) : null],
    [t("pager.older"), olderCursor ? auditHref({ ...filter, after: olderCursor }) : null],
  ];
  return (
    <nav aria-label={t("pager.label")} className="flex items-center justify-end gap-2">
      {links.map(([label, href]) =>
        href ? (
          <Link key={label} href={href} className={linkClass}>
            {label}
          </Link>
        ) : (
          <span key={label} aria-disabled="true" className={disabledClass}>
            {label}
          </span>
        ),
      )}
    </nav>
  );
}
