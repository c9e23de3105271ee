// Inputs of the saved-template server actions (app/(app)/composer/templates/actions.ts).
import { z } from "zod";
import { templateFormSchema } from "./template-rules";

const id = z.string().trim().min(1, "Choose a template");

export const templateIdSchema = z.object({ id });

export const createTemplateSchema = templateFormSchema;

export const updateTemplateSchema = z.object({
  id,
  /** The updatedAt the form was opened with; omitted to replace a newer version on purpose. */
  expectedUpdatedAt: z.string().datetime({ offset: true }).optional(),
  template: templateFormSchema,
});
