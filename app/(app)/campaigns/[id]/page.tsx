import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, canSend, roleAllows } from "@/lib/auth/roles";
import { getCampaign, getCampaignProgress } from "@/lib/campaigns/get-campaign";
import { listCampaignRecipients } from "@/lib/campaigns/list-recipients";
import { campaignIdSchema, recipientFilterSchema, recipientStatuses } from "@/lib/campaigns/schema";
import { NotFoundError } from "@/lib/errors/expected-error";
import { cursorSchema } from "@/lib/paging/cursor";
import { listSenders } from "@/lib/senders/list-senders";
import { formatDateTime } from "@/lib/time/format";
import { parseSearchParams } from "@/lib/url/search-params";
import { CampaignControls } from "@/components/campaigns/campaign-controls";
import { CampaignLive } from "@/components/campaigns/campaign-live";
import {
  campaignStatusLabels,
  recipientStatusLabels,
  senderName,
} from "@/components/campaigns/labels";
import { QueryProvider } from "@/components/shell/query-provider";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Campaign" };

const cell = cellClass.compact;

const querySchema = recipientFilterSchema.extend({
  after: cursorSchema.optional(),
  before: cursorSchema.optional(),
});

function search(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canRead, "page:campaigns.detail");
  const id = z.object({ id: campaignIdSchema }).safeParse(await params);
  if (!id.success) notFound();
  const campaign = await getCampaign(id.data.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [progress, senders] = await Promise.all([getCampaignProgress(campaign.id), listSenders()]);
  const parsed = parseSearchParams(querySchema, await searchParams);
  const raw = parsed.values as Record<string, string | undefined>;
  const filter = { status: raw.status, errorCode: raw.errorCode, number: raw.number };
  const page = parsed.ok
    ? await listCampaignRecipients(
        campaign.id,
        {
          status: parsed.data.status,
          errorCode: parsed.data.errorCode,
          number: parsed.data.number,
        },
        { after: parsed.data.after, before: parsed.data.before },
      )
    : null;
  const errors: Partial<Record<string, string>> = parsed.ok ? {} : parsed.errors;
  const base = `/campaigns/${campaign.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/campaigns" className="text-brand-700 underline">
          ← All campaigns
        </Link>
      </p>
      <PageHeader
        title={campaign.name}
        description={`${campaignStatusLabels[campaign.status]} · from ${senderName(senders, campaign.senderId)} · ${campaign.summary ?? ""}${
          campaign.launchedBy
            ? ` · launched by ${campaign.launchedBy.name}${campaign.launchedAt ? ` on ${formatDateTime(campaign.launchedAt, user.timeZone)}` : ""}`
            : ""
        }${campaign.scheduledAt ? ` · scheduled for ${formatDateTime(campaign.scheduledAt, user.timeZone)}` : ""}`}
      >
        <a href={`/api/campaigns/${campaign.id}/export`} className={buttonClass.secondary}>
          Export results (CSV)
        </a>
      </PageHeader>
      <div className="flex flex-col gap-6">
        <QueryProvider>
          <CampaignLive initial={progress} />
          {roleAllows(user.role, canSend) ? <CampaignControls initial={progress} /> : null}
        </QueryProvider>
        <form
          method="get"
          action={base}
          aria-label="Filter recipients"
          className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
        >
          <SelectField
            label="Status"
            name="status"
            defaultValue={filter.status ?? ""}
            options={[
              { value: "", label: "Any status" },
              ...recipientStatuses.map((s) => ({ value: s, label: recipientStatusLabels[s] })),
            ]}
            error={errors.status}
          />
          <TextField
            label="Reason code"
            name="errorCode"
            defaultValue={filter.errorCode}
            error={errors.errorCode}
          />
          <TextField
            label="Number"
            name="number"
            defaultValue={filter.number}
            hint="The start of a number, for example 0812"
            inputMode="tel"
            error={errors.number}
          />
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass.primary}>
              Apply filters
            </button>
            <Link href={base} className={buttonClass.secondary}>
              Clear filters
            </Link>
          </div>
        </form>
        {page ? (
          <section aria-label="Recipients" className="flex flex-col gap-3">
            <KeysetPager
              label="Recipient pages"
              newest={!raw.after && !raw.before ? null : `${base}${search(filter)}`}
              newer={
                page.newerCursor
                  ? `${base}${search({ ...filter, before: page.newerCursor })}`
                  : null
              }
              older={
                page.olderCursor ? `${base}${search({ ...filter, after: page.olderCursor })}` : null
              }
            />
            {page.rows.length === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
                No recipient matches these filters.
              </p>
            ) : (
              <DataTable
                caption="Recipients in audience order"
                columns={["Row", "Number", "Name", "Status", "Reason", "Send"]}
              >
                {page.rows.map((r) => (
                  <tr key={r.id} className={rowClass}>
                    <td className={cell}>{r.row}</td>
                    <td className={`${cell} font-mono`}>+{r.to}</td>
                    <td className={cell}>{r.name ?? "—"}</td>
                    <td className={cell}>{recipientStatusLabels[r.status]}</td>
                    <td className={cell}>
                      {/* Damcorp's code (numeric) beside its words; Kabar's own (opted_out) only as words. */}
                      {r.errorCode && /^\d+$/.test(r.errorCode) ? (
                        <span className="font-mono">{r.errorCode}</span>
                      ) : null}{" "}
                      {r.reason ?? ""}
                    </td>
                    <td className={cell}>
                      {r.sendId ? (
                        <Link href={`/history/${r.sendId}`} className="text-brand-700 underline">
                          In history
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        ) : null}
      </div>
    </>
  );
}
