import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage() {
  await requirePageRole(canRead, "page:history");
  return (
    <>
      <PageHeader title="History" description="Every send, who sent it and what came back." />
      <ComingSoon what="This section arrives with its own issue." />
    </>
  );
}
