import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import { logger } from "@/lib/log/logger";

/**
 * Removes a template from lists and the composer. The row stays (deletedAt) so sends made with it
 * keep their context; its name becomes free for a new template.
 */
export async function deleteTemplate(id: string, ctx: Actor): Promise<{ name: string }> {
  const row = await db.template.findFirst({
    where: { id, deletedAt: null },
    select: { name: true },
  });
  const { count } = await db.template.updateMany({
    where: { id, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (!row || count === 0) throw new NotFoundError("The template");
  logger.info("template deleted", { templateId: id, name: row.name, by: ctx.user.id });
  return { name: row.name };
}
