// GET /api/composer/contacts: the composer's "Add from contacts" asks by name or number and tag.
// Safe for client and server.
import { z } from "zod";
import { contactFilterSchema } from "./schema";

export const recipientPickQuerySchema = contactFilterSchema
  .pick({ q: true, tag: true })
  .refine((query) => Boolean(query.q || query.tag), {
    message: "Search for a contact or choose a tag",
    path: ["q"],
  });
export type RecipientPickQuery = z.output<typeof recipientPickQuerySchema>;

export const recipientPickSchema = z.object({
  numbers: z.array(z.object({ e164: z.string(), name: z.string().nullable() })),
  total: z.number(),
  optedOut: z.number(),
});
