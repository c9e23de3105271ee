import { contactSearch } from "@/lib/contacts/schema";
import { KeysetPager } from "@/components/ui/keyset-pager";

/** Newest / Newer / Older: keyset links that keep the filter. */
export function ContactsPager({
  filter,
  previousCursor,
  nextCursor,
  atNewest,
}: {
  filter: Record<string, string | undefined>;
  previousCursor: string | null;
  nextCursor: string | null;
  atNewest: boolean;
}) {
  const href = (search: string) => `/contacts${search}`;
  return (
    <KeysetPager
      label="Pages"
      newest={atNewest ? null : href(contactSearch(filter))}
      newer={previousCursor ? href(contactSearch({ ...filter, before: previousCursor })) : null}
      older={nextCursor ? href(contactSearch({ ...filter, after: nextCursor })) : null}
    />
  );
}
