// The answer of a "Test connection" button (safe to import in client components).

export type ConnectionOutcome = "accepted" | "rejected" | "unexpected" | "unreachable";

export interface ConnectionResult {
  outcome: ConnectionOutcome;
  /** Plain words for the admin: what happened and what to do. */
  message: string;
}
