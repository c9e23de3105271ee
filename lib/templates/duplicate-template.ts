import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/expected-error";
import * as limits from "@/lib/damcorp/limits";
import { logger } from "@/lib/log/logger";

/** "order_update" → "order_update_copy", then "_copy_2", "_copy_3"… within the name limit. */
export function copyName(name: string, attempt: number): string {
  const suffix = attempt === 1 ? "_copy" : `_copy_${attempt}`;
  return name.slice(0, limits.TEMPLATE_NAME_MAX - suffix.length) + suffix;
}

/**
 * Copies a live template under a free "<name>_copy" name, as a starting point for a similar
 * template (rename it to the Damcorp name before using it). The stored columns are copied as
 * they are, so a copy is exactly as sound as its original.
 */
export async function duplicateTemplate(
  id: string,
  ctx: Actor,
): Promise<{ id: string; name: string }> {
  const copy = await db.$transaction(async (tx) => {
    const source = await tx.template.findFirst({ where: { id, deletedAt: null } });
    if (!source) throw new NotFoundError("The template");
    let attempt = 1;
    while (
      await tx.template.findFirst({
        where: { name: copyName(source.name, attempt), language: source.language, deletedAt: null },
        select: { id: true },
      })
    ) {
      attempt += 1;
    }
    return tx.template.create({
      data: {
        name: copyName(source.name, attempt),
        language: source.language,
        category: source.category,
        headerKind: source.headerKind,
        headerText: source.headerText,
        body: source.body,
        footer: source.footer,
        buttons: source.buttons,
        buttonsFormat: source.buttonsFormat,
        cards: source.cards,
        offerExpiry: source.offerExpiry,
        createdById: ctx.user.id,
      },
      select: { id: true, name: true },
    });
  });
  logger.info("template duplicated", { templateId: copy.id, from: id, by: ctx.user.id });
  return copy;
}
