import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, canSend, roleAllows } from "@/lib/auth/roles";
import { listContacts, listFilterOptions } from "@/lib/contacts/list-contacts";
import { contactQuerySchema, contactSearch } from "@/lib/contacts/schema";
import { parseSearchParams } from "@/lib/url/search-params";
import { buttonClass } from "@/components/ui/styles";
import { PageHeader } from "@/components/ui/page-header";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactsPager } from "@/components/contacts/contacts-pager";
import { ContactsTable } from "@/components/contacts/contacts-table";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canRead, "page:contacts");
  const canEdit = roleAllows(user.role, canSend);
  const parsed = parseSearchParams(contactQuerySchema, await searchParams);
  const { values } = parsed;
  const [options, page] = await Promise.all([
    listFilterOptions(),
    parsed.ok
      ? listContacts(parsed.data, { after: parsed.data.after, before: parsed.data.before })
      : null,
  ]);
  const filter = {
    q: values.q,
    tag: values.tag,
    attribute: values.attribute,
    value: values.value,
    optOut: values.optOut,
  };
  return (
    <>
      <PageHeader title="Contacts" description="Your customers: one per WhatsApp number.">
        <div className="flex flex-wrap gap-2">
          {canEdit ? (
            <>
              <Link href="/contacts/new" className={buttonClass.primary}>
                Add contact
              </Link>
              <Link href="/contacts/import" className={buttonClass.secondary}>
                Import contacts
              </Link>
              <Link href="/contacts/import?kind=opt_outs" className={buttonClass.secondary}>
                Opt out a list of numbers
              </Link>
            </>
          ) : null}
          <Link href="/contacts/opt-outs" className={buttonClass.secondary}>
            Opt-outs
          </Link>
          {parsed.ok ? (
            <a
              href={`/api/contacts/export${contactSearch(filter)}`}
              className={buttonClass.secondary}
              download
            >
              Export CSV
            </a>
          ) : null}
        </div>
      </PageHeader>
      <ContactFilters values={filter} errors={parsed.ok ? {} : parsed.errors} options={options} />
      {page ? (
        <section aria-label="Contacts" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p role="status" className="text-sm text-slate-600">
              {page.total === 1
                ? "1 contact matches."
                : `${page.total.toLocaleString("en")} contacts match.`}
            </p>
            <ContactsPager
              filter={filter}
              previousCursor={page.previousCursor}
              nextCursor={page.nextCursor}
              atNewest={!values.after && !values.before}
            />
          </div>
          {page.rows.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
              No contacts match these filters.
            </p>
          ) : (
            <ContactsTable rows={page.rows} timeZone={user.timeZone} canEdit={canEdit} />
          )}
        </section>
      ) : (
        <p
          role="status"
          className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600"
        >
          Fix the filters marked above to see contacts.
        </p>
      )}
    </>
  );
}
