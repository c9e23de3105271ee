import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canRead, "page:overview");
  const { timeZone } = user;
  const parsed = parseOverviewRange(await searchParams, timeZone);
  const data = await getOverview(parsed.range, timeZone);
  const range = { from: data.from, to: data.to };
  return (
    <>
      <PageHeader
        title="Overview"
        description="Sends per day, failure reasons, templates and senders. Every number opens the matching sends in History."
      />
      <div className="flex flex-col gap-6">
        <OverviewRangeForm
          from={parsed.ok ? range.from : (parsed.values.from ?? range.from)}
          to={parsed.ok ? range.to : (parsed.values.to ?? range.to)}
          errors={parsed.ok ? {} : parsed.errors}
          timeZone={timeZone}
        />
        {!parsed.ok ? (
          <p role="status" className="text-sm text-slate-600">
            Showing the last 30 days until the range is fixed.
          </p>
        ) : null}
        <OverviewTotals data={data} />
        <Panel id="per-day-heading" title="Sends per day by outcome">
          {data.totals.all === 0 ? (
            <p className="text-sm text-slate-600">No sends in this range.</p>
          ) : (
            <>
              <SendsPerDayChart days={data.days} />
              <SendsPerDayTable days={data.days} />
            </>
          )}
        </Panel>
        <div className="grid gap-6 xl:grid-cols-3">
          <Panel id="failures-heading" title="Failure reasons">
            <FailureReasonsList reasons={data.failureReasons} range={range} />
          </Panel>
          <Panel id="templates-heading" title="Most-used templates">
            <TemplateList templates={data.templates} range={range} />
          </Panel>
          <Panel id="senders-heading" title="Sends per sender number">
            <SenderList senders={data.senders} range={range} />
          </Panel>
        </div>
      </div>
    </>
  );
}
