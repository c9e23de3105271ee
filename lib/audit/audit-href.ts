// Audit trail filters as URLs. No zod here, so the filter form and the pager build links for
// free; ./list-audit-events.schema.ts checks the values on the server.
import { searchString } from "@/lib/url/search-params";

export const auditFilterFields = ["from", "to", "action", "actor"] as const;
export type AuditFilterField = (typeof auditFilterFields)[number];

export function auditHref(
  values: Partial<Record<AuditFilterField | "after" | "before", string | undefined>>,
): string {
  return `/audit${searchString([...auditFilterFields, "after", "before"], values)}`;
}
