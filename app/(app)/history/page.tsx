import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { filterValuesOf, historySearch, parseHistoryQuery } from "@/lib/history/filter-schema";
import { listHistoryFilterOptions } from "@/lib/history/list-filter-options";
import { listSends } from "@/lib/history/list-sends";
import { QueryProvider } from "@/components/shell/query-provider";
import { PageHeader } from "@/components/ui/page-header";
import { ExportButton } from "@/components/history/export-button";
import { HistoryFilters } from "@/components/history/history-filters";
import { HistoryList } from "@/components/history/history-list";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canRead, "page:history");
  const parsed = parseHistoryQuery(await searchParams);
  const { timeZone } = user;
  const options = await listHistoryFilterOptions();
  const filter = filterValuesOf(parsed.values);
  const search = historySearch({
    ...filter,
    after: parsed.values.after,
    before: parsed.values.before,
  });
  const page = parsed.ok ? await listSends(parsed.query, timeZone) : null;
  return (
    <>
      <PageHeader title="History" description="Every send, who sent it and what came back.">
        {parsed.ok ? <ExportButton search={historySearch(filter)} /> : null}
      </PageHeader>
      <HistoryFilters
        values={filter}
        errors={
          parsed.ok ? {} : { ...parsed.errors, form: parsed.errors.after ?? parsed.errors.before }
        }
        options={options}
        timeZone={timeZone}
      />
      {page ? (
        <QueryProvider>
          <HistoryList
            initialPage={page}
            search={search}
            filter={filter}
            atNewest={!parsed.values.after && !parsed.values.before}
            timeZone={timeZone}
          />
        </QueryProvider>
      ) : (
        <p
          role="status"
          className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600"
        >
          Fix the filters marked above to see sends.
        </p>
      )}
    </>
  );
}
