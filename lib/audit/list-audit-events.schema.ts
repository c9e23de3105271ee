// The audit trail's filter (in the URL): date range, action and actor email, plus a keyset
// cursor. Safe for client and server.
import { z } from "zod";
import { cursorSchema } from "@/lib/paging/cursor";
import { daySchema } from "@/lib/time/days";
import type { FirstFieldErrors } from "@/lib/errors/field-errors";
import {
  parseSearchParams,
  searchString,
  type SearchParamsInput,
  type SearchValues,
} from "@/lib/url/search-params";

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
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["to"],
    message: "The end date is before the start date",
  });

export type AuditFilter = z.output<typeof auditFilterSchema>;
export const auditFilterFields = ["from", "to", "action", "actor"] as const;
export type AuditFilterField = (typeof auditFilterFields)[number];

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

export function auditHref(
  values: Partial<Record<AuditFilterField | "after" | "before", string | undefined>>,
): string {
  return `/audit${searchString([...auditFilterFields, "after", "before"], values)}`;
}
