import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { logger } from "@/lib/log/logger";
import type { TemplateInput } from "./schema";
import { templateChangedError, templateNameTakenError } from "./template-errors";
import { toTemplateRowData } from "./template-row";

export interface UpdateTemplateInput {
  id: string;
  template: TemplateInput;
  /**
   * The template's updatedAt when the form was opened (ISO). When given and the template has
   * been saved since, nothing is written (code "template_changed"); omit it to overwrite.
   */
  expectedUpdatedAt?: string;
}

export async function updateTemplate(
  { id, template, expectedUpdatedAt }: UpdateTemplateInput,
  ctx: Actor,
): Promise<{ id: string; updatedAt: Date }> {
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.template.findFirst({
      where: { id, deletedAt: null },
      select: { updatedAt: true },
    });
    if (!current) throw new NotFoundError("The template");
    if (
      expectedUpdatedAt &&
      current.updatedAt.getTime() !== new Date(expectedUpdatedAt).getTime()
    ) {
      throw templateChangedError();
    }
    const taken = await tx.template.findFirst({
      where: {
        name: template.name,
        language: template.language,
        deletedAt: null,
        id: { not: id },
      },
      select: { id: true },
    });
    if (taken) throw templateNameTakenError(template.name, template.language);
    return tx.template.update({
      where: { id },
      data: toTemplateRowData(template),
      select: { id: true, updatedAt: true },
    });
  });
  logger.info("template updated", { templateId: id, name: template.name, by: ctx.user.id });
  return updated;
}
