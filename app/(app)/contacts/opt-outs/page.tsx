import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, canSend, roleAllows } from "@/lib/auth/roles";
import { optOutSourceLabels } from "@/lib/contacts/list-item";
import { listOptOuts } from "@/lib/opt-outs/list-opt-outs";
import {
  optOutQuerySchema,
  optOutSearch,
  optOutSources,
} from "@/lib/opt-outs/list-opt-outs.schema";
import { ticketHref } from "@/lib/tickets/board-filters";
import { formatDateTime } from "@/lib/time/format";
import { parseSearchParams } from "@/lib/url/search-params";
import { OptInNumberButton } from "@/components/contacts/opt-in-number-button";
import { cellClass, DataTable, rowClass } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Opt-outs" };

const cell = cellClass.compact;

const listHref = (values: Parameters<typeof optOutSearch>[0]) =>
  `/contacts/opt-outs${optOutSearch(values)}`;

export default async function OptOutsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canRead, "page:contacts.opt-outs");
  const canEdit = roleAllows(user.role, canSend);
  const parsed = parseSearchParams(optOutQuerySchema, await searchParams);
  const { values } = parsed;
  const filter = { q: values.q, source: values.source };
  const page = parsed.ok ? await listOptOuts(parsed.data) : null;
  const errors: Partial<Record<string, string>> = parsed.ok ? {} : parsed.errors;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className="text-brand-700 underline">
          ← All contacts
        </Link>
      </p>
      <PageHeader
        title="Opt-outs"
        description="Numbers Kabar does not send to, whether or not they are contacts. Opting a number back in takes a reason and is written to the audit trail."
      >
        {canEdit ? (
          <Link href="/contacts/import?kind=opt_outs" className={buttonClass.secondary}>
            Opt out a list of numbers
          </Link>
        ) : null}
      </PageHeader>
      <form
        method="get"
        action="/contacts/opt-outs"
        aria-label="Filter opt-outs"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
      >
        <TextField
          label="Number"
          name="q"
          defaultValue={values.q}
          hint="The start of a number, for example 0812"
          error={errors.q}
          inputMode="tel"
        />
        <SelectField
          label="Source"
          name="source"
          defaultValue={values.source ?? ""}
          options={[
            { value: "", label: "Any source" },
            ...optOutSources.map((s) => ({ value: s, label: optOutSourceLabels[s] ?? s })),
          ]}
          error={errors.source}
        />
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass.primary}>
            Apply filters
          </button>
          <Link href="/contacts/opt-outs" className={buttonClass.secondary}>
            Clear filters
          </Link>
        </div>
      </form>
      {page ? (
        <section aria-label="Opt-outs" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p role="status" className="text-sm text-slate-600">
              {page.total === 1
                ? "1 number opted out."
                : `${page.total.toLocaleString("en")} numbers opted out.`}
            </p>
            <KeysetPager
              label="Opt-out pages"
              newest={!values.after && !values.before ? null : listHref(filter)}
              newer={page.newerCursor ? listHref({ ...filter, before: page.newerCursor }) : null}
              older={page.olderCursor ? listHref({ ...filter, after: page.olderCursor }) : null}
            />
          </div>
          {page.rows.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
              {filter.q || filter.source
                ? "No opted-out number matches these filters."
                : "No number has opted out."}
            </p>
          ) : (
            <DataTable
              caption="Opted-out numbers, latest first"
              columns={[
                "Number",
                "Contact",
                "Since",
                "Source",
                "Reason",
                ...(canEdit ? ["Action"] : []),
              ]}
            >
              {page.rows.map((row) => (
                <tr key={row.e164} className={rowClass}>
                  <td className={`${cell} font-mono`}>{row.e164}</td>
                  <td className={cell}>
                    {row.contact ? (
                      <Link
                        href={`/contacts/${row.contact.id}`}
                        className="text-brand-700 underline"
                      >
                        {row.contact.name ?? "Unnamed contact"}
                      </Link>
                    ) : (
                      <span className="text-slate-500">Not a contact</span>
                    )}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {formatDateTime(row.optedOutAt, user.timeZone)}
                  </td>
                  <td className={cell}>
                    {optOutSourceLabels[row.source] ?? row.source}
                    {row.ticketCode ? (
                      <>
                        {" "}
                        (
                        <Link
                          href={ticketHref(row.ticketCode)}
                          className="text-brand-700 underline"
                        >
                          ticket #{row.ticketCode}
                        </Link>
                        )
                      </>
                    ) : null}
                  </td>
                  <td className={cell}>{row.reason ?? "—"}</td>
                  {canEdit ? (
                    <td className={cell}>
                      <OptInNumberButton e164={row.e164} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ) : (
        <p
          role="status"
          className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600"
        >
          Fix the filters marked above to see opt-outs.
        </p>
      )}
    </>
  );
}
