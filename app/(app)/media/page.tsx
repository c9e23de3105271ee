import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, canSend, roleAllows } from "@/lib/auth/roles";
import { listMedia } from "@/lib/media/list-media";
import { mediaListQuerySchema } from "@/lib/media/schema";
import { QueryProvider } from "@/components/shell/query-provider";
import { PageHeader } from "@/components/ui/page-header";
import { MediaLibrary } from "@/components/media/media-library";

export const metadata: Metadata = { title: "Media" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function MediaPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageRole(canRead, "page:media");
  const canManage = roleAllows(user.role, canSend);
  const raw = await searchParams;
  // A bad filter in the address (an old link, a typo) shows the whole library instead of an error.
  const parsed = mediaListQuerySchema.safeParse({
    kind: first(raw.kind),
    q: first(raw.q),
    deleted: first(raw.deleted),
  });
  const filter = parsed.success ? parsed.data : { deleted: false };
  if (!canManage) filter.deleted = false;
  const initialData = await listMedia(filter);
  const { timeZone } = user;

  return (
    <>
      <PageHeader
        title="Media"
        description={
          canManage
            ? "Upload once, reuse anywhere: images get a Damcorp media ID, other files are kept by Kabar and sent as file data."
            : "Images, videos, audio, documents and stickers your team can send."
        }
      />
      <QueryProvider>
        <MediaLibrary
          initialFilter={filter}
          initialData={initialData}
          canManage={canManage}
          timeZone={timeZone}
        />
      </QueryProvider>
    </>
  );
}
