import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTimeLong } from "@/lib/time/format";
import { DataTable, rowClass } from "@/components/ui/data-table";
import type { AuditEventItem } from "@/lib/audit/list-audit-events";

/** "role: viewer · reason: …" from the stored detail JSON. */
function detailText(detail: string | null): string {
  if (!detail) return "";
  try {
    const value = JSON.parse(detail) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return Object.entries(value)
        .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
        .join(" · ");
    }
    return JSON.stringify(value);
  } catch {
    return detail;
  }
}

export async function AuditTable({ rows, timeZone }: { rows: AuditEventItem[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("audit"), getLocale()]);
  /** "Signed in" for auth.sign_in; a code no catalogue knows (an older Kabar's) stays as is. */
  const actionLabel = (action: string) =>
    t.has(`actions.${action}` as never) ? t(`actions.${action}` as never) : action;
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        {t("empty")}
      </p>
    );
  }
  return (
    <DataTable
      caption={t("caption")}
      columns={[
        t("columns.time"),
        t("columns.action"),
        t("columns.actor"),
        t("columns.target"),
        t("columns.ip"),
        t("columns.detail"),
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id} className={rowClass}>
          <th scope="row" className="whitespace-nowrap px-3 py-2 font-normal">
            {formatDateTimeLong(row.at, timeZone, locale)}
          </th>
          <td className="px-3 py-2">
            <span title={row.action}>{actionLabel(row.action)}</span>
          </td>
          <td className="px-3 py-2">{row.actorEmail ?? "—"}</td>
          <td className="px-3 py-2">{row.target ?? "—"}</td>
          <td className="px-3 py-2 font-mono text-xs">{row.ip ?? "—"}</td>
          <td className="max-w-md break-words px-3 py-2 text-slate-600">
            {detailText(row.detail)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
