import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canAdminister } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage() {
  await requirePageRole(canAdminister, "page:audit");
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Sign-ins, user and role changes, secret changes and denied actions."
      />
      <ComingSoon what="This section arrives with its own issue." />
    </>
  );
}
