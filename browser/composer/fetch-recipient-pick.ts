// The composer's read of GET /api/composer/contacts (React Query calls it).
import { recipientPickSchema } from "@/lib/contacts/recipient-pick-schema";
import { searchString } from "@/lib/url/search-params";
import { fetchJson } from "../fetch-json";

export function fetchRecipientPick(query: { q: string; tag: string }, signal?: AbortSignal) {
  const search = searchString(["q", "tag"], {
    q: query.q || undefined,
    tag: query.tag || undefined,
  });
  return fetchJson(`/api/composer/contacts${search}`, { schema: recipientPickSchema, signal });
}
