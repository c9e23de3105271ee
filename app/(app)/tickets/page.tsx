import { Suspense } from "react";
import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, canSend, roleAllows } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { QueryProvider } from "@/components/shell/query-provider";
import { PageHeader } from "@/components/ui/page-header";
import { OpenTicketButton } from "@/components/tickets/open-ticket-button";
import { TicketBoard } from "@/components/tickets/ticket-board";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage() {
  const user = await requirePageRole(canRead, "page:tickets");
  const { timeZone } = user;
  // Viewers read only: the open and close controls are not rendered for them at all.
  const canAct = roleAllows(user.role, canSend);
  return (
    <QueryProvider>
      <PageHeader
        title="Tickets"
        description="Helpdesk tickets by open, processing and closed. Open a card to read the conversation."
      >
        {canAct ? <OpenTicketButton /> : null}
      </PageHeader>
      {/* The board reads its filters from the URL (useSearchParams). */}
      <Suspense>
        <TicketBoard
          timeZone={timeZone}
          helpdeskTimeZone={env.HELPDESK_TIME_ZONE}
          canAct={canAct}
        />
      </Suspense>
    </QueryProvider>
  );
}
