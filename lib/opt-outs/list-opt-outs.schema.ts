// The opt-out list's filter (in the URL): the start of a number, the source, and a keyset
// cursor. Safe for client and server.
import { z } from "zod";
import { cursorSchema } from "@/lib/paging/cursor";
import { searchString } from "@/lib/url/search-params";

export const OPT_OUTS_PAGE_SIZE = 50;

export const optOutSources = ["contact_page", "csv", "ticket"] as const;

/** The start of a number as people type it ("0812", "62812", "+62 812") → "+62812". */
export function numberPrefix(typed: string): string {
  const digits = typed.replace(/\D/g, "");
  if (digits.startsWith("0")) return `+62${digits.slice(1)}`;
  if (digits.startsWith("8")) return `+62${digits}`;
  return `+${digits}`;
}

export const optOutQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(20, "Type at most 20 characters of the number")
    .regex(/^[\d\s+().-]*$/, "Type the start of a number, for example 0812")
    .optional(),
  source: z.enum(optOutSources, { message: "Choose a source from the list" }).optional(),
  after: cursorSchema.optional(),
  before: cursorSchema.optional(),
});
export type OptOutQuery = z.output<typeof optOutQuerySchema>;

const optOutQueryKeys = ["q", "source", "after", "before"] as const;

/** "?source=ticket&after=…" for the list's links. */
export function optOutSearch(
  values: Partial<Record<(typeof optOutQueryKeys)[number], string | undefined>>,
): string {
  return searchString(optOutQueryKeys, values);
}
