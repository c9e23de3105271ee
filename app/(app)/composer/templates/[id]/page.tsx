import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors/expected-error";
import { getTemplateForEditOrThrow } from "@/lib/templates/get-template";
import { PageHeader } from "@/components/ui/page-header";
import { EditTemplateForm } from "@/components/templates/edit-template-form";

export const metadata: Metadata = { title: "Edit template" };

async function loadOrNotFound(id: string) {
  try {
    return await getTemplateForEditOrThrow(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole(canSend, "page:templates");
  const { id } = await params;
  const { template, problems } = await loadOrNotFound(id);
  return (
    <>
      <PageHeader title={`Edit ${template.name}`} description={`Language ${template.language}`} />
      <EditTemplateForm template={template} problems={problems} />
    </>
  );
}
