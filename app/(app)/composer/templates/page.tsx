import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { env } from "@/lib/env";
import { canSend } from "@/lib/auth/roles";
import { listTemplates } from "@/lib/templates/list-templates";
import { PageHeader } from "@/components/ui/page-header";
import { TemplateSearch } from "@/components/templates/template-search";
import { TemplatesTable } from "@/components/templates/templates-table";
import { toTemplateRows } from "@/components/templates/template-rows";

export const metadata: Metadata = { title: "Saved templates" };

export default async function TemplatesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  await requirePageRole(canSend, "page:templates");
  const { q: raw } = await searchParams;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const templates = await listTemplates({ q });
  return (
    <>
      <PageHeader
        title="Saved templates"
        description="Kabar's copies of your approved WhatsApp templates: the composer shows one input per placeholder and a preview of each."
      >
        <div className="flex gap-2">
          <Link
            href="/composer"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-100"
          >
            Back to composer
          </Link>
          <Link
            href="/composer/templates/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            New template
          </Link>
        </div>
      </PageHeader>
      <div className="flex flex-col gap-4">
        <TemplateSearch initialQuery={q} />
        <TemplatesTable templates={toTemplateRows(templates, env.KABAR_TIME_ZONE)} query={q} />
      </div>
    </>
  );
}
