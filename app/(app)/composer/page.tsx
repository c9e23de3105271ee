import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("composer"))("pageTitle") };
}

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
  const t = await getTranslations("composer");
  return (
    <ClientMessages namespaces={["composer"]}>
      <PageHeader title={t("pageTitle")} description={t("description")} />
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
    </ClientMessages>
  );
}
