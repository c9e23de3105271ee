// GET /api/composer/customer-window: what the composer asks and what it gets back. Safe for
// client and server.
import { z } from "zod";

export const MAX_WINDOW_NUMBERS = 50;

/** ?numbers=+62…,+62…&ticketCode=…&fresh=1 (fresh: skip the server's short cache). */
export const customerWindowQuerySchema = z.object({
  numbers: z
    .string()
    .transform((list) => list.split(",").filter(Boolean))
    .pipe(z.array(z.string().max(20)).max(MAX_WINDOW_NUMBERS)),
  ticketCode: z.string().max(40).optional(),
  fresh: z
    .literal("1")
    .optional()
    .transform((value) => value === "1"),
});

/** One number's window as JSON carries it (times as ISO strings, read back as Dates). */
export const customerWindowSchema = z.discriminatedUnion("state", [
  z.object({
    number: z.string(),
    state: z.literal("open"),
    lastCustomerMessageAt: z.coerce.date(),
    closesAt: z.coerce.date(),
  }),
  z.object({
    number: z.string(),
    state: z.literal("closed"),
    lastCustomerMessageAt: z.coerce.date(),
  }),
  /**
   * No message from this customer in the tickets of the last `lookbackDays`: Kabar does not know
   * when they last wrote (the window may be closed, or they wrote outside the helpdesk).
   */
  z.object({ number: z.string(), state: z.literal("no_recent"), lookbackDays: z.number() }),
  z.object({ number: z.string(), state: z.literal("unknown"), reason: z.string() }),
]);
export const customerWindowListSchema = z.array(customerWindowSchema);
export type CustomerWindow = z.output<typeof customerWindowSchema>;
