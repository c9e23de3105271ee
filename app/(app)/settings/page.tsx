import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canAdminister } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageRole(canAdminister, "page:settings");
  return (
    <>
      <PageHeader title="Settings" description="Sender numbers, helpdesk api-key and users." />
      <ComingSoon what="This section arrives with its own issue." />
    </>
  );
}
