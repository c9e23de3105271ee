// The history filter: one zod schema parses the URL's search params for the history page, the
// live list route, the CSV export and the benchmark alike. Browser code builds filter links with
// ./filter-href.ts instead (no zod in the browser).
import { z } from "zod";
import {
  ENVIRONMENT_SENDER_ID,
  RECIPIENT_STATUSES,
  SEND_KINDS,
  SEND_OUTCOMES,
} from "@/lib/vocabulary/sends";
import { cursorSchema } from "@/lib/paging/cursor";
import { daySchema } from "@/lib/time/day-schema";
import { normalizeRecipientPrefix } from "./recipient-prefix";
import type { FirstFieldErrors } from "@/lib/errors/field-errors";
import {
  parseSearchParams,
  type SearchParamsInput,
  type SearchValues,
} from "@/lib/url/search-params";
import type { HistoryFilterField } from "./filter-href";

export {
  filterValuesOf,
  historyFilterFields,
  historyHref,
  historySearch,
  type HistoryFilterField,
} from "./filter-href";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose an entry from the list");

const recipientSchema = z
  .string()
  .max(40, "That is longer than any phone number")
  .transform((value, ctx) => {
    const result = normalizeRecipientPrefix(value);
    if (result.ok) return result.digits;
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });

/** Every filter field, each optional: an absent field does not filter. */
export const historyFilterSchema = z
  .object({
    from: daySchema.optional(),
    to: daySchema.optional(),
    outcome: z.enum(SEND_OUTCOMES, { message: "Choose an outcome from the list" }).optional(),
    /** A recipient's own result (sent, invalid, failed, …). */
    status: z
      .enum(RECIPIENT_STATUSES, { message: "Choose a recipient result from the list" })
      .optional(),
    errorCode: z
      .string()
      .max(40, "Error codes are short, such as 725 or timeout")
      .regex(/^[A-Za-z0-9_.-]+$/, "Error codes are letters, digits and _ only, such as 725")
      .optional(),
    kind: z.enum(SEND_KINDS, { message: "Choose a message kind from the list" }).optional(),
    template: z.string().max(512, "Template names are at most 512 characters").optional(),
    /** A SenderNumber id, or "env" for the DAMCORP_TOKEN sender. */
    sender: z.union([z.literal(ENVIRONMENT_SENDER_ID), idSchema]).optional(),
    user: idSchema.optional(),
    /** Normalised digits the recipient's number starts with. */
    recipient: recipientSchema.optional(),
    // The same fields as the URL helpers' list (./filter-href.ts), no more and no fewer.
  } satisfies Record<HistoryFilterField, z.ZodType>)
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["to"],
    message: "The end date is before the start date",
  });

export type HistoryFilter = z.output<typeof historyFilterSchema>;

/** Filter plus position: `after` shows older rows than the cursor, `before` newer ones. */
export const historyQuerySchema = historyFilterSchema.safeExtend({
  after: cursorSchema.optional(),
  before: cursorSchema.optional(),
});
export type HistoryQuery = z.output<typeof historyQuerySchema>;

export type ParsedHistoryQuery =
  | { ok: true; query: HistoryQuery; values: SearchValues }
  | { ok: false; errors: FirstFieldErrors; values: SearchValues };

/** Parses search params into a history query (see lib/url/search-params.ts). */
export function parseHistoryQuery(input: SearchParamsInput): ParsedHistoryQuery {
  const parsed = parseSearchParams(historyQuerySchema, input);
  return parsed.ok ? { ok: true, query: parsed.data, values: parsed.values } : parsed;
}

/** The filter part of a query (an export covers the whole filter, whatever page is shown). */
export function filterOf(query: HistoryQuery): HistoryFilter {
  const filter: Record<string, unknown> = { ...query };
  delete filter.after;
  delete filter.before;
  return filter;
}
