// The answer of a "Test connection" button (safe to import in client components).

/**
 * accepted: Damcorp answered and took the credential (for a sender: and would send from it);
 * refused: the credential is valid but Damcorp refuses to send for the account (726, credit…);
 * rejected: the credential itself is wrong (401); unexpected / unreachable: no verdict.
 */
export type ConnectionOutcome = "accepted" | "refused" | "rejected" | "unexpected" | "unreachable";

export interface ConnectionResult {
  outcome: ConnectionOutcome;
  /** Plain words for the admin: what happened and what to do. */
  message: string;
}
