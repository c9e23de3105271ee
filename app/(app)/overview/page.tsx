import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { getOverview } from "@/lib/overview/get-overview";
import { parseOverviewRange } from "@/lib/overview/range-schema";
import { PageHeader } from "@/components/ui/page-header";
import { FailureReasonsList, SenderList, TemplateList } from "@/components/overview/ranked-panels";
import { Panel } from "@/components/overview/panel";
import { OverviewRangeForm } from "@/components/overview/overview-range-form";
import { OverviewTotals } from "@/components/overview/overview-totals";
import { SendsPerDayChart } from "@/components/overview/sends-per-day-chart";
import { SendsPerDayTable } from "@/components/overview/sends-per-day-table";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("pageTitle") };
}

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canRead, "page:overview");
  const { timeZone } = user;
  const parsed = parseOverviewRange(await searchParams, timeZone);
  const [data, t] = await Promise.all([
    getOverview(parsed.range, timeZone),
    getTranslations("overview"),
  ]);
  const range = { from: data.from, to: data.to };
  return (
    <ClientMessages namespaces={["overview"]}>
      <>
        <PageHeader title={t("pageTitle")} description={t("description")} />
        <div className="flex flex-col gap-6">
          <OverviewRangeForm
            from={parsed.ok ? range.from : (parsed.values.from ?? range.from)}
            to={parsed.ok ? range.to : (parsed.values.to ?? range.to)}
            errors={parsed.ok ? {} : parsed.errors}
            timeZone={timeZone}
          />
          {!parsed.ok ? (
            <p role="status" className="text-sm text-slate-600">
              {t("rangeInvalid")}
            </p>
          ) : null}
          <OverviewTotals data={data} />
          <Panel id="per-day-heading" title={t("perDay")}>
            {data.totals.all === 0 ? (
              <p className="text-sm text-slate-600">{t("noSends")}</p>
            ) : (
              <>
                <SendsPerDayChart days={data.days} />
                <SendsPerDayTable days={data.days} />
              </>
            )}
          </Panel>
          <div className="grid gap-6 xl:grid-cols-3">
            <Panel id="failures-heading" title={t("failures")}>
              <FailureReasonsList reasons={data.failureReasons} range={range} />
            </Panel>
            <Panel id="templates-heading" title={t("templates")}>
              <TemplateList templates={data.templates} range={range} />
            </Panel>
            <Panel id="senders-heading" title={t("senders")}>
              <SenderList senders={data.senders} range={range} />
            </Panel>
          </div>
        </div>
      </>
    </ClientMessages>
  );
}
