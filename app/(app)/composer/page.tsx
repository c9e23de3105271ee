import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canSend } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Composer" };

export default async function ComposerPage() {
  await requirePageRole(canSend, "page:composer");
  return (
    <>
      <PageHeader
        title="Composer"
        description="Write any WhatsApp message kind, preview it and send it."
      />
      <ComingSoon what="This section arrives with its own issue." />
    </>
  );
}
