import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { formatDateTime } from "@/lib/time/format";
import { listSenders } from "@/lib/senders/list-senders";
import { senderName } from "@/components/campaigns/labels";
import { formatNumber } from "@/lib/i18n/numbers";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("pageTitle") };
}

const cell = cellClass.compact;

export default async function CampaignsPage() {
  const user = await requirePageRole(canRead, "page:campaigns");
  const [campaigns, senders, t, locale] = await Promise.all([
    listCampaigns(),
    listSenders(),
    getTranslations("campaigns"),
    getLocale(),
  ]);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      <PageHeader title={t("pageTitle")} description={t("description")} />
      {campaigns.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {t("none")}
        </p>
      ) : (
        <DataTable
          caption={t("caption")}
          columns={[
            t("columns.campaign"),
            t("columns.status"),
            t("columns.sender"),
            t("columns.progress"),
            t("columns.sent"),
            t("columns.notSent"),
            t("columns.scheduled"),
            t("columns.launchedBy"),
          ]}
        >
          {campaigns.map((c) => {
            const done =
              c.recipientCount -
              (c.counts.planned ?? 0) -
              (c.counts.queued ?? 0) -
              (c.counts.dispatched ?? 0);
            const notSent =
              (c.counts.failed ?? 0) +
              (c.counts.invalid ?? 0) +
              (c.counts.unknown ?? 0) +
              (c.counts.skipped ?? 0) +
              (c.counts.cancelled ?? 0);
            return (
              <tr key={c.id} className={rowClass}>
                <td className={cell}>
                  <Link href={`/campaigns/${c.id}`} className="text-brand-700 underline">
                    {c.name}
                  </Link>
                  <span className="block text-xs text-slate-600">{c.summary ?? ""}</span>
                </td>
                <td className={cell}>{t(`status.${c.status}`)}</td>
                <td className={cell}>{senderName(senders, c.senderId, t("removedSender"))}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  {t("progress", { done: n(done), total: n(c.recipientCount) })}
                </td>
                <td className={cell}>{n(c.counts.sent ?? 0)}</td>
                <td className={cell}>{n(notSent)}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  {c.scheduledAt ? formatDateTime(c.scheduledAt, user.timeZone) : "—"}
                </td>
                <td className={cell}>{c.launchedBy?.name ?? "—"}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
