import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Media" };

export default async function MediaPage() {
  await requirePageRole(canRead, "page:media");
  return (
    <>
      <PageHeader title="Media" description="Upload once, reuse the media ID in any message." />
      <ComingSoon what="This section arrives with its own issue." />
    </>
  );
}
