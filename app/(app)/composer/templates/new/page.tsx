import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { CreateTemplateForm } from "@/components/templates/create-template-form";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  await requirePageRole(canSend, "page:templates");
  return (
    <>
      <PageHeader
        title="New template"
        description="Copy the template exactly as Damcorp approved it: name, language, header, body, footer and buttons."
      />
      <CreateTemplateForm />
    </>
  );
}
