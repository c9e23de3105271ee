"use server";

// Server actions of the saved templates (composer/templates). Agents and admins write; each one
// is role check → zod parse (the same schema as the form) → lib/templates service.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import {
  createTemplateSchema,
  templateIdSchema,
  updateTemplateSchema,
} from "@/lib/templates/action-schemas";
import { createTemplate } from "@/lib/templates/create-template";
import { updateTemplate } from "@/lib/templates/update-template";
import { duplicateTemplate } from "@/lib/templates/duplicate-template";
import { deleteTemplate } from "@/lib/templates/delete-template";

const list = "/composer/templates";

export const createTemplateAction = defineAction({
  name: "templates.create",
  input: createTemplateSchema,
  roles: canSend,
  run: async (input, ctx) => {
    const result = await createTemplate(input, ctx);
    revalidatePath(list);
    return result;
  },
});

export const updateTemplateAction = defineAction({
  name: "templates.update",
  input: updateTemplateSchema,
  roles: canSend,
  run: async (input, ctx) => {
    const result = await updateTemplate(input, ctx);
    revalidatePath(list);
    revalidatePath(`${list}/${input.id}`);
    return { id: result.id, updatedAt: result.updatedAt.toISOString() };
  },
});

export const duplicateTemplateAction = defineAction({
  name: "templates.duplicate",
  input: templateIdSchema,
  roles: canSend,
  run: async ({ id }, ctx) => {
    const result = await duplicateTemplate(id, ctx);
    revalidatePath(list);
    return result;
  },
});

export const deleteTemplateAction = defineAction({
  name: "templates.delete",
  input: templateIdSchema,
  roles: canSend,
  run: async ({ id }, ctx) => {
    const result = await deleteTemplate(id, ctx);
    revalidatePath(list);
    return result;
  },
});
