import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { logger } from "@/lib/log/logger";
import type { TemplateInput } from "./schema";
import { templateNameTakenError } from "./template-errors";
import { toTemplateRowData } from "./template-row";

/**
 * Saves a new template. Its name and language must not belong to another live template: the
 * composer picks templates by the Damcorp name, so two live copies would be ambiguous.
 */
export async function createTemplate(input: TemplateInput, ctx: Actor): Promise<{ id: string }> {
  const created = await db.$transaction(async (tx) => {
    const taken = await tx.template.findFirst({
      where: { name: input.name, language: input.language, deletedAt: null },
      select: { id: true },
    });
    if (taken) throw templateNameTakenError(input.name, input.language);
    return tx.template.create({
      data: { ...toTemplateRowData(input), createdById: ctx.user.id },
      select: { id: true },
    });
  });
  logger.info("template created", { templateId: created.id, name: input.name, by: ctx.user.id });
  return created;
}
