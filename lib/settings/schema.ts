// The helpdesk api-key form: shared by the form and its server action.
import { z } from "zod";

export const helpdeskApiKeySchema = z.object({
  apiKey: z
    .string()
    .trim()
    .min(1, "Enter the helpdesk api-key")
    .max(1024, "That is too long for a helpdesk api-key"),
});
export type HelpdeskApiKeyInput = z.output<typeof helpdeskApiKeySchema>;
