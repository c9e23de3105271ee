import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { formatDateTime } from "@/lib/time/format";
import { listSenders } from "@/lib/senders/list-senders";
import { campaignStatusLabels, senderName } from "@/components/campaigns/labels";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Campaigns" };

const cell = cellClass.compact;

export default async function CampaignsPage() {
  const user = await requirePageRole(canRead, "page:campaigns");
  const [campaigns, senders] = await Promise.all([listCampaigns(), listSenders()]);
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="One personalised message to many customers, paced to the sender's rate."
      />
      {campaigns.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No campaign yet.
        </p>
      ) : (
        <DataTable
          caption="Campaigns, newest first"
          columns={[
            "Campaign",
            "Status",
            "Sender",
            "Progress",
            "Sent",
            "Not sent",
            "Scheduled",
            "Launched by",
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
                <td className={cell}>{campaignStatusLabels[c.status]}</td>
                <td className={cell}>{senderName(senders, c.senderId)}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  {done.toLocaleString("en")} / {c.recipientCount.toLocaleString("en")}
                </td>
                <td className={cell}>{(c.counts.sent ?? 0).toLocaleString("en")}</td>
                <td className={cell}>{notSent.toLocaleString("en")}</td>
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
