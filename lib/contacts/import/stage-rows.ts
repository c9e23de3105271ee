// Staging: the rows of an import as they will be applied, in tables of their own. A number
// repeated in the file is merged into one staged contact (the later row's non-empty values win).
// SQL that SQLite and PostgreSQL both read (ON CONFLICT … RETURNING).
import type { Db } from "@/lib/db/create-client";
import { newId } from "@/lib/db/time-ordered-id";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldName } from "../schema";

export type StagedRow = {
  e164: string;
  rowNumber: number;
  name: string | null;
  reason: string | null;
  attributes: Record<string, string>;
  tags: string[];
};

/** A row repeating a number of an earlier row: merged into it. */
export type MergedRow = { rowNumber: number; firstRowNumber: number };

/** Parameters per statement stay far below SQLite's and PostgreSQL's limits. */
const VALUES_PER_STATEMENT = 800;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

/** Merges repeats inside one batch (one statement may not touch a row twice on PostgreSQL). */
export function mergeBatch(rows: StagedRow[]): { unique: StagedRow[]; merged: MergedRow[] } {
  const byNumber = new Map<string, StagedRow>();
  const merged: MergedRow[] = [];
  for (const row of rows) {
    const first = byNumber.get(row.e164);
    if (!first) {
      byNumber.set(row.e164, { ...row, attributes: { ...row.attributes }, tags: [...row.tags] });
      continue;
    }
    merged.push({ rowNumber: row.rowNumber, firstRowNumber: first.rowNumber });
    first.name = row.name ?? first.name;
    first.reason = row.reason ?? first.reason;
    Object.assign(first.attributes, row.attributes);
    first.tags = [...new Set([...first.tags, ...row.tags])];
  }
  return { unique: [...byNumber.values()], merged };
}

/**
 * Stages one batch and writes the import's progress in the same transaction. A number already
 * staged by an earlier batch is merged with it here (read, merged, written back). Returns the
 * rows merged into earlier ones, how many numbers are new to the import, and whether the import
 * is still running (false: it was cancelled meanwhile).
 */
export async function stageBatch(
  db: Db,
  importId: string,
  rows: StagedRow[],
  progress: (stagedNew: number) => Prisma.Sql,
): Promise<{ merged: MergedRow[]; stagedNew: number; running: boolean }> {
  const { unique, merged } = mergeBatch(rows);
  return db.$transaction(async (tx) => {
    const earlier = new Map<
      string,
      {
        rowNumber: number;
        name: string | null;
        reason: string | null;
        attributes: string;
        tags: string;
      }
    >();
    for (const part of chunks(unique, VALUES_PER_STATEMENT)) {
      const found = await tx.contactImportRow.findMany({
        where: { importId, e164: { in: part.map((r) => r.e164) } },
        select: {
          e164: true,
          rowNumber: true,
          name: true,
          reason: true,
          attributes: true,
          tags: true,
        },
      });
      for (const row of found) earlier.set(row.e164, row);
    }
    const final = unique.map((row) => {
      const before = earlier.get(row.e164);
      if (!before) return row;
      merged.push({ rowNumber: row.rowNumber, firstRowNumber: before.rowNumber });
      return {
        ...row,
        rowNumber: before.rowNumber,
        name: row.name ?? before.name,
        reason: row.reason ?? before.reason,
        attributes: {
          ...(JSON.parse(before.attributes) as Record<string, string>),
          ...row.attributes,
        },
        tags: [...new Set([...(JSON.parse(before.tags) as string[]), ...row.tags])],
      };
    });
    for (const part of chunks(final, VALUES_PER_STATEMENT / 9)) {
      const values = part.map(
        (r) =>
          Prisma.sql`(${importId}, ${r.e164}, ${newId()}, ${r.rowNumber}, ${r.name}, ${r.name ? foldName(r.name) : null}, ${r.reason}, ${JSON.stringify(r.attributes)}, ${JSON.stringify(r.tags)})`,
      );
      await tx.$executeRaw`
        INSERT INTO "ContactImportRow" ("importId", "e164", "contactId", "rowNumber", "name", "searchName", "reason", "attributes", "tags")
        VALUES ${Prisma.join(values)}
        ON CONFLICT ("importId", "e164") DO UPDATE SET
          "name" = excluded."name", "searchName" = excluded."searchName", "reason" = excluded."reason",
          "attributes" = excluded."attributes", "tags" = excluded."tags"`;
    }
    const stagedNew = unique.length - earlier.size;
    const running = (await tx.$executeRaw(progress(stagedNew))) > 0;
    return { merged, stagedNew, running };
  });
}

/** Removes everything staged for an import (after it was applied, cancelled or interrupted). */
export async function clearStaged(db: Db, importId: string): Promise<void> {
  await db.contactImportRow.deleteMany({ where: { importId } });
}
