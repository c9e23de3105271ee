import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage() {
  await requirePageRole(canRead, "page:tickets");
  return (
    <>
      <PageHeader title="Tickets" description="Helpdesk tickets by open, processing and closed." />
      <ComingSoon what="This section arrives with its own issue." />
    </>
  );
}
