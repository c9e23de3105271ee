"use client";

import { updatedAgo } from "@/lib/tickets/updated-ago";
import { useNow } from "./use-now";

/** "12 s ago", ticking every second on its own so the rest of the board does not re-render. */
export function UpdatedAgoLabel({ updatedAt }: { updatedAt: number }) {
  const now = useNow(1_000);
  return <>{updatedAgo(updatedAt, now.getTime())}</>;
}
