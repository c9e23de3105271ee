import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { listFilterOptions } from "@/lib/contacts/list-contacts";
import { listSenders } from "@/lib/senders/list-senders";
import { listTemplates } from "@/lib/templates/list-templates";
import { PageHeader } from "@/components/ui/page-header";
import { Composer } from "@/components/composer/composer";

export const metadata: Metadata = { title: "Composer" };

function firstParam(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim().slice(0, 200) : undefined;
}

export default async function ComposerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(canSend, "page:composer");
  const params = await searchParams;
  const [senders, templates, contactOptions] = await Promise.all([
    listSenders(),
    listTemplates(),
    listFilterOptions(),
  ]);
  return (
    <>
      <PageHeader
        title="Composer"
        description="Write any WhatsApp message kind, preview it and send it."
      />
      <Composer
        senders={senders.map(({ id, label, number, isDefault }) => ({
          id,
          label,
          number,
          isDefault,
        }))}
        templates={templates}
        initialKey={crypto.randomUUID()}
        prefillTo={firstParam(params.to)}
        ticketCode={firstParam(params.ticket)?.slice(0, 40)}
        contactTags={contactOptions.tags}
        canOverrideOptOuts={user.role === "admin"}
      />
    </>
  );
}
