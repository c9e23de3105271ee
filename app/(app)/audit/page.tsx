import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canAdminister } from "@/lib/auth/roles";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list-audit-events";
import {
  auditFilterFields,
  parseAuditQuery,
  type AuditFilterField,
} from "@/lib/audit/list-audit-events.schema";
import { PageHeader } from "@/components/ui/page-header";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("pageTitle") };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canAdminister, "page:audit");
  const parsed = parseAuditQuery(await searchParams);
  const { timeZone } = user;
  const [actions, t] = await Promise.all([listAuditActions(), getTranslations("audit")]);
  const filter: Partial<Record<AuditFilterField, string>> = {};
  for (const key of auditFilterFields) if (parsed.values[key]) filter[key] = parsed.values[key];
  const page = parsed.ok ? await listAuditEvents(parsed.query, timeZone) : null;
  const atNewest = !parsed.values.after && !parsed.values.before;
  return (
    <ClientMessages namespaces={["audit"]}>
      <>
        <PageHeader title={t("pageTitle")} description={t("description")} />
        <AuditFilters
          values={filter}
          errors={
            parsed.ok ? {} : { ...parsed.errors, form: parsed.errors.after ?? parsed.errors.before }
          }
          actions={actions}
          timeZone={timeZone}
        />
        {page ? (
          <div className="flex flex-col gap-3">
            <AuditPager
              filter={filter}
              newerCursor={page.newerCursor}
              olderCursor={page.olderCursor}
              atNewest={atNewest}
            />
            <AuditTable rows={page.rows} timeZone={timeZone} />
          </div>
        ) : (
          <p
            role="status"
            className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600"
          >
            {t("fixFilters")}
          </p>
        )}
      </>
    </ClientMessages>
  );
}
