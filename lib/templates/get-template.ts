import "server-only";
import { db } from "@/lib/db/client";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import type { SavedTemplate } from "./schema";
import { readTemplateRow, type ReadTemplate } from "./template-row";

async function findLiveRow(id: string) {
  const row = await db.template.findFirst({ where: { id, deletedAt: null } });
  if (!row) throw new NotFoundError("The template");
  return row;
}

/**
 * A live saved template, ready to drive the composer. A template whose stored buttons or cards
 * cannot be read is refused (code "template_damaged"): sending it would build the wrong request.
 */
export async function getTemplateOrThrow(id: string): Promise<SavedTemplate> {
  const row = await findLiveRow(id);
  const { template, problems } = readTemplateRow(row);
  if (problems.length > 0) {
    throw new ExpectedError(
      "template_damaged",
      `The template "${row.name}" cannot be used until it is repaired: ${problems.join(" ")} Open it in Saved templates, check it and save it again.`,
    );
  }
  return template;
}

/** A live saved template for the edit form: damaged parts are reported, not refused. */
export async function getTemplateForEditOrThrow(id: string): Promise<ReadTemplate> {
  return readTemplateRow(await findLiveRow(id));
}
