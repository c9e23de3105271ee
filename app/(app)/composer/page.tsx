import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { listFilterOptions } from "@/lib/contacts/list-contacts";
import { listSenders } from "@/lib/senders/list-senders";
import { listSenderRates } from "@/lib/senders/sender-rates";
import { listTemplates } from "@/lib/templates/list-templates";
import { normalizePhone } from "@/lib/phone/normalize";
import { QueryProvider } from "@/components/shell/query-provider";
import { PageHeader } from "@/components/ui/page-header";
import { Composer } from "@/components/composer/composer";

export const metadata: Metadata = { title: "Composer" };

function firstParam(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim().slice(0, 200) : undefined;
}

/** A number from a link (a ticket's customer) in the form the composer shows; anything else as given. */
function prefillRecipient(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const phone = normalizePhone(value);
  return phone.ok ? phone.e164 : value;
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
  const rates = await listSenderRates(senders.map((s) => s.id));
  return (
    <>
      <PageHeader
        title="Composer"
        description="Write any WhatsApp message kind, preview it and send it."
      />
      <QueryProvider>
        <Composer
          senders={senders.map(({ id, label, number, isDefault }) => ({
            id,
            label,
            number,
            isDefault,
            rate: rates[id],
          }))}
          templates={templates}
          initialKey={crypto.randomUUID()}
          prefillTo={prefillRecipient(firstParam(params.to))}
          ticketCode={firstParam(params.ticket)?.slice(0, 40)}
          contactTags={contactOptions.tags}
          canOverrideOptOuts={user.role === "admin"}
          timeZone={user.timeZone}
        />
      </QueryProvider>
    </>
  );
}
