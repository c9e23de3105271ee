"use client";

// Which of the composer's recipients opted out, asked as the operator types (debounced by the
// deferred recipients text): their chips say so before the send path refuses them.
import { useQuery } from "@tanstack/react-query";
import { fetchOptedOut } from "@/browser/composer/fetch-opted-out";
import { MAX_LOOKUP_NUMBERS, type OptOutLookup } from "@/lib/opt-outs/opt-out-lookup-schema";
import { composerKeys } from "@/lib/composer/query-keys";

export type OptedOutLookup =
  | { state: "idle" | "checking" }
  | { state: "failed"; message: string }
  | { state: "known"; optedOut: Map<string, OptOutLookup> };

export function useOptedOut(numbers: readonly string[]): OptedOutLookup {
  const asked = [...numbers].sort().slice(0, MAX_LOOKUP_NUMBERS);
  const query = useQuery({
    queryKey: composerKeys.optOuts(asked),
    queryFn: ({ signal }) => fetchOptedOut(asked, signal),
    enabled: asked.length > 0,
    staleTime: 15_000,
    retry: 1,
  });
  if (asked.length === 0) return { state: "idle" };
  if (query.isPending) return { state: "checking" };
  if (query.isError) return { state: "failed", message: query.error.message };
  return { state: "known", optedOut: new Map(query.data.map((o) => [o.e164, o])) };
}
