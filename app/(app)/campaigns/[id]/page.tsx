import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
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
import { senderName } from "@/components/campaigns/labels";
import { formatNumber } from "@/lib/i18n/numbers";
import { ClientMessages } from "@/components/i18n/client-messages";
import { QueryProvider } from "@/components/shell/query-provider";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("detail.pageTitle") };
}

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
  const [progress, senders, t, locale] = await Promise.all([
    getCampaignProgress(campaign.id),
    listSenders(),
    getTranslations("campaigns"),
    getLocale(),
  ]);
  const when = (date: Parameters<typeof formatDateTime>[0]) => formatDateTime(date, user.timeZone);
  const description = [
    t(`status.${campaign.status}`),
    t("detail.from", { sender: senderName(senders, campaign.senderId, t("removedSender")) }),
    campaign.summary ?? "",
    campaign.launchedBy
      ? campaign.launchedAt
        ? t("detail.launchedByOn", {
            name: campaign.launchedBy.name,
            at: when(campaign.launchedAt),
          })
        : t("detail.launchedBy", { name: campaign.launchedBy.name })
      : null,
    campaign.scheduledAt ? t("detail.scheduledFor", { at: when(campaign.scheduledAt) }) : null,
  ]
    .filter((part) => part !== null)
    .join(" · ");
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
          {t("detail.allCampaigns")}
        </Link>
      </p>
      <PageHeader title={campaign.name} description={description}>
        <a href={`/api/campaigns/${campaign.id}/export`} className={buttonClass.secondary}>
          {t("detail.export")}
        </a>
      </PageHeader>
      <div className="flex flex-col gap-6">
        <ClientMessages namespaces={["campaigns"]}>
          <QueryProvider>
            <CampaignLive initial={progress} />
            {roleAllows(user.role, canSend) ? <CampaignControls initial={progress} /> : null}
          </QueryProvider>
        </ClientMessages>
        <form
          method="get"
          action={base}
          aria-label={t("detail.filters.form")}
          className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
        >
          <SelectField
            label={t("detail.filters.status")}
            name="status"
            defaultValue={filter.status ?? ""}
            options={[
              { value: "", label: t("detail.filters.anyStatus") },
              ...recipientStatuses.map((s) => ({ value: s, label: t(`recipientStatus.${s}`) })),
            ]}
            error={errors.status}
          />
          <TextField
            label={t("detail.filters.reasonCode")}
            name="errorCode"
            defaultValue={filter.errorCode}
            error={errors.errorCode}
          />
          <TextField
            label={t("detail.filters.number")}
            name="number"
            defaultValue={filter.number}
            hint={t("detail.filters.numberHint")}
            inputMode="tel"
            error={errors.number}
          />
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass.primary}>
              {t("detail.filters.apply")}
            </button>
            <Link href={base} className={buttonClass.secondary}>
              {t("detail.filters.clear")}
            </Link>
          </div>
        </form>
        {page ? (
          <section aria-label={t("detail.recipients")} className="flex flex-col gap-3">
            <KeysetPager
              label={t("detail.recipientPages")}
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
                {t("detail.noMatch")}
              </p>
            ) : (
              <DataTable
                caption={t("detail.caption")}
                columns={[
                  t("detail.columns.row"),
                  t("detail.columns.number"),
                  t("detail.columns.name"),
                  t("detail.columns.status"),
                  t("detail.columns.reason"),
                  t("detail.columns.send"),
                ]}
              >
                {page.rows.map((r) => (
                  <tr key={r.id} className={rowClass}>
                    <td className={cell}>{formatNumber(r.row, locale)}</td>
                    <td className={`${cell} font-mono`}>+{r.to}</td>
                    <td className={cell}>{r.name ?? "—"}</td>
                    <td className={cell}>{t(`recipientStatus.${r.status}`)}</td>
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
                          {t("detail.inHistory")}
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
