import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  await requirePageRole(canRead, "page:overview");
  return (
    <>
      <PageHeader
        title="Overview"
        description="Sends per day, failure reasons, templates and senders."
      />
      <ComingSoon what="This section arrives with its own issue." />
    </>
  );
}
