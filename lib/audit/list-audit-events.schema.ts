// The audit trail's filter (in the URL): date range, action and actor email, plus a keyset
// cursor. Checked on the server; links are built with ./audit-href.ts.
import { z } from "zod";
import { cursorSchema } from "@/lib/paging/cursor";
import { daySchema } from "@/lib/time/day-schema";
import type { FirstFieldErrors } from "@/lib/errors/field-errors";
import {
  parseSearchParams,
  type SearchParamsInput,
  type SearchValues,
} from "@/lib/url/search-params";
import type { AuditFilterField } from "./audit-href";

export { auditFilterFields, auditHref, type AuditFilterField } from "./audit-href";

export const AUDIT_PAGE_SIZE = 50;

export const auditFilterSchema = z
  .object({
    from: daySchema.optional(),
    to: daySchema.optional(),
    action: z
      .string()
      .max(64, "Choose an action from the list")
      .regex(/^[a-z_.]+$/, "Choose an action from the list")
      .optional(),
    /** Part of the actor's email, any case. */
    actor: z.string().max(254, "An email address is at most 254 characters").optional(),
  } satisfies Record<AuditFilterField, z.ZodType>)
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["to"],
    message: "The end date is before the start date",
  });

export type AuditFilter = z.output<typeof auditFilterSchema>;

export const auditQuerySchema = auditFilterSchema.safeExtend({
  after: cursorSchema.optional(),
  before: cursorSchema.optional(),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export type ParsedAuditQuery =
  | { ok: true; query: AuditQuery; values: SearchValues }
  | { ok: false; errors: FirstFieldErrors; values: SearchValues };

export function parseAuditQuery(input: SearchParamsInput): ParsedAuditQuery {
  const parsed = parseSearchParams(auditQuerySchema, input);
  return parsed.ok ? { ok: true, query: parsed.data, values: parsed.values } : parsed;
}
