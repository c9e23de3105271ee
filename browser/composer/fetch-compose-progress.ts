// The composer's read of GET /api/composer/progress/{composeId} (React Query calls it).
import type { ComposeState } from "@/lib/sends/compose-state";
import { fetchJson } from "../fetch-json";

export function fetchComposeProgress(
  composeId: string,
  signal?: AbortSignal,
): Promise<ComposeState> {
  return fetchJson<ComposeState>(`/api/composer/progress/${encodeURIComponent(composeId)}`, {
    signal,
  });
}
