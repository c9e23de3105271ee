import "server-only";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import type { SavedTemplate } from "./schema";
import { readTemplateRow } from "./template-row";

/** A saved template as lists show it: usable as a SavedTemplate, plus what could not be read. */
export type ListedTemplate = SavedTemplate & { problems: string[] };

/** Longest search text honoured; longer input is cut rather than refused. */
const QUERY_MAX = 100;

/**
 * Live (not deleted) templates by name, then language. `q` matches the name, header, body or
 * footer, ignoring case (lib/db/dialect.ts: ASCII letters on SQLite, all letters on PostgreSQL).
 */
export async function listTemplates({ q }: { q?: string } = {}): Promise<ListedTemplate[]> {
  const query = q?.trim().slice(0, QUERY_MAX);
  const contains = query ? containsText(db, query) : null;
  const rows = await db.template.findMany({
    where: {
      deletedAt: null,
      ...(contains
        ? {
            OR: [
              { name: contains },
              { headerText: contains },
              { body: contains },
              { footer: contains },
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
