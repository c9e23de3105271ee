import "server-only";
import { db } from "@/lib/db/client";
import type { SavedTemplate } from "./schema";
import { readTemplateRow } from "./template-row";

/** A saved template as lists show it: usable as a SavedTemplate, plus what could not be read. */
export type ListedTemplate = SavedTemplate & { problems: string[] };

/** Longest search text honoured; longer input is cut rather than refused. */
const QUERY_MAX = 100;

/**
 * Live (not deleted) templates by name, then language. `q` matches the name, header, body or
 * footer, case-insensitively for Latin letters (SQLite LIKE).
 */
export async function listTemplates({ q }: { q?: string } = {}): Promise<ListedTemplate[]> {
  const query = q?.trim().slice(0, QUERY_MAX);
  const rows = await db.template.findMany({
    where: {
      deletedAt: null,
      ...(query
        ? {
            OR: [
              { name: { contains: query } },
              { headerText: { contains: query } },
              { body: { contains: query } },
              { footer: { contains: query } },
            ],
          }
        : {}),
    },
    orderBy: [{ name: "asc" }, { language: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => {
    const { template, problems } = readTemplateRow(row);
    return { ...template, problems };
  });
}
