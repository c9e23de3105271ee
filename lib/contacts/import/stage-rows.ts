// Staging: the rows of an import as they will be applied, in tables of their own. A number
// repeated in the file is merged into one staged contact (the later row's non-empty values win).
// SQL that SQLite and PostgreSQL both read (INSERT … SELECT … ON CONFLICT), a batch per statement.
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";
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

type EarlierRow = {
  e164: string;
  rowNumber: number;
  name: string | null;
  reason: string | null;
  attributes: string;
  tags: string;
};

/** The staged columns a batch writes, as one JSON parameter (dialect.jsonRecords). */
const STAGED_COLUMNS = {
  e164: "text",
  contactId: "text",
  rowNumber: "integer",
  name: "text",
  searchName: "text",
  reason: "text",
  attributes: "text",
  tags: "text",
} as const;

/**
 * Stages one batch and writes the import's progress in the same transaction. A number already
 * staged by an earlier batch is merged with it here (read, merged, written back). The whole batch
 * travels as one JSON parameter per statement (one read, one multi-row upsert): per-value
 * parameters made staging most of an import's time. Returns the rows merged into earlier ones,
 * how many numbers are new to the import, and whether the import is still running (false: it
 * was cancelled meanwhile).
 */
export async function stageBatch(
  db: Db,
  importId: string,
  rows: StagedRow[],
  progress: (stagedNew: number) => Prisma.Sql,
): Promise<{ merged: MergedRow[]; stagedNew: number; running: boolean }> {
  const { unique, merged } = mergeBatch(rows);
  const dialect = sqlDialect(db);
  return db.$transaction(async (tx) => {
    const earlier = new Map<string, EarlierRow>();
    if (unique.length > 0) {
      const numbers = dialect.jsonElements(
        Prisma.sql`${JSON.stringify(unique.map((r) => r.e164))}`,
        "n",
      );
      const found = await tx.$queryRaw<EarlierRow[]>`
        SELECT r."e164", r."rowNumber", r."name", r."reason", r."attributes", r."tags"
        FROM "ContactImportRow" r
        WHERE r."importId" = ${importId} AND r."e164" IN (SELECT n."value" FROM ${numbers})`;
      for (const row of found) earlier.set(row.e164, { ...row, rowNumber: Number(row.rowNumber) });
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
    if (final.length > 0) {
      const records = final.map((r) => ({
        e164: r.e164,
        contactId: newId(),
        rowNumber: r.rowNumber,
        name: r.name,
        searchName: r.name ? foldName(r.name) : null,
        reason: r.reason,
        attributes: JSON.stringify(r.attributes),
        tags: JSON.stringify(r.tags),
      }));
      const staged = dialect.jsonRecords(JSON.stringify(records), "s", STAGED_COLUMNS);
      // `WHERE true`: SQLite reads an upsert's ON CONFLICT after a bare FROM as a join's ON.
      await tx.$executeRaw`
        INSERT INTO "ContactImportRow" ("importId", "e164", "contactId", "rowNumber", "name", "searchName", "reason", "attributes", "tags")
        SELECT ${importId}, s."e164", s."contactId", s."rowNumber", s."name", s."searchName", s."reason", s."attributes", s."tags"
        FROM ${staged}
        WHERE true
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
