// GET /api/composer/opt-outs: which of the composer's recipients opted out (shown on their chips
// before sending). Safe for client and server.
import { z } from "zod";

/** As many numbers as the composer shows chips for. */
export const MAX_LOOKUP_NUMBERS = 60;

/** ?numbers=+62…,+62… */
export const optOutLookupQuerySchema = z.object({
  numbers: z
    .string()
    .transform((list) => list.split(",").filter(Boolean))
    .pipe(z.array(z.string().max(20)).max(MAX_LOOKUP_NUMBERS)),
});

export const optOutLookupSchema = z.object({
  e164: z.string(),
  optedOutAt: z.coerce.date(),
  /** contact_page | csv | ticket */
  source: z.string(),
  reason: z.string().nullable(),
  ticketCode: z.string().nullable(),
});
export const optOutLookupListSchema = z.array(optOutLookupSchema);
export type OptOutLookup = z.output<typeof optOutLookupSchema>;
