import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { importKindTitles, type ImportKind } from "@/lib/contacts/import/fields";
import { PageHeader } from "@/components/ui/page-header";
import { ImportWizard } from "@/components/contacts/import/import-wizard";
import { QueryProvider } from "@/components/shell/query-provider";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageRole(canSend, "page:contacts.import");
  const kind: ImportKind = (await searchParams).kind === "opt_outs" ? "opt_outs" : "contacts";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className="text-brand-700 underline">
          ← All contacts
        </Link>
      </p>
      <PageHeader
        title={importKindTitles[kind]}
        description={
          kind === "contacts"
            ? "From a CSV file or an Excel workbook, with a report of every row that could not be imported."
            : "Numbers in the file are never sent to again, until someone opts them back in."
        }
      />
      {/* The import's progress is a live view (React Query), as on the other live pages. */}
      <QueryProvider>
        <ImportWizard key={kind} kind={kind} />
      </QueryProvider>
    </>
  );
}
