// The composer's read of GET /api/composer/opt-outs (React Query calls it).
import { optOutLookupListSchema, type OptOutLookup } from "@/lib/opt-outs/opt-out-lookup-schema";
import { searchString } from "@/lib/url/search-params";
import { fetchJson } from "../fetch-json";

export function fetchOptedOut(
  numbers: readonly string[],
  signal?: AbortSignal,
): Promise<OptOutLookup[]> {
  const search = searchString(["numbers"], { numbers: numbers.join(",") });
  return fetchJson(`/api/composer/opt-outs${search}`, { schema: optOutLookupListSchema, signal });
}
