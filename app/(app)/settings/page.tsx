import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canAdminister } from "@/lib/auth/roles";
import { listSenders } from "@/lib/senders/list-senders";
import { listSenderRates } from "@/lib/senders/sender-rates";
import { getHelpdeskKeyStatus } from "@/lib/settings/get-helpdesk-key-status";
import { formatDateTime } from "@/lib/time/format";
import { SenderTable } from "@/components/settings/sender-table";
import { SenderForm } from "@/components/settings/sender-form";
import { HelpdeskKeyPanel } from "@/components/settings/helpdesk-key-panel";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { timeZone } = await requirePageRole(canAdminister, "page:settings");
  const [senders, helpdesk] = await Promise.all([listSenders(), getHelpdeskKeyStatus()]);
  const rates = await listSenderRates(senders.map((s) => s.id));
  return (
    <div className="flex max-w-5xl flex-col gap-10">
      <section aria-labelledby="senders-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="senders-heading" className="text-lg font-semibold">
            Sender numbers
          </h2>
          <p className="text-sm text-slate-600">
            Each WhatsApp business number sends with its own Damcorp token. Tokens are stored
            encrypted and never shown again, only their last four characters.
          </p>
        </div>
        <SenderTable senders={senders.map((s) => ({ ...s, rate: rates[s.id]! }))} />
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-3 font-medium">Add a sender number</h3>
          <SenderForm />
        </div>
      </section>

      <section aria-labelledby="helpdesk-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="helpdesk-heading" className="text-lg font-semibold">
            Helpdesk api-key
          </h2>
          <p className="text-sm text-slate-600">
            Lets Kabar read and answer helpdesk tickets. A key saved here wins over
            DAMCORP_HELPDESK_API_KEY from the environment.
          </p>
        </div>
        <HelpdeskKeyPanel
          status={{
            ...helpdesk,
            stored: helpdesk.stored
              ? {
                  last4: helpdesk.stored.last4,
                  updatedAt: formatDateTime(helpdesk.stored.updatedAt, timeZone),
                }
              : null,
          }}
        />
      </section>
    </div>
  );
}
