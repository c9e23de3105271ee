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
 * Stages one batch and writes the import's progress in the same transaction. Returns the rows
 * merged into earlier ones, how many numbers are new to the import, and whether the import is
 * still running (false: it was cancelled meanwhile).
 */
export async function stageBatch(
  db: Db,
  importId: string,
  rows: StagedRow[],
  progress: (stagedNew: number) => Prisma.Sql,
): Promise<{ merged: MergedRow[]; stagedNew: number; running: boolean }> {
  const { unique, merged } = mergeBatch(rows);
  const rowNumberOf = new Map(unique.map((r) => [r.e164, r.rowNumber]));
  return db.$transaction(async (tx) => {
    let stagedNew = 0;
    for (const part of chunks(unique, VALUES_PER_STATEMENT / 8)) {
      const values = part.map(
        (r) =>
          Prisma.sql`(${importId}, ${r.e164}, ${newId()}, ${r.rowNumber}, ${r.name}, ${r.name ? foldName(r.name) : null}, ${r.reason})`,
      );
      const returned = await tx.$queryRaw<{ e164: string; rowNumber: number | bigint }[]>`
        INSERT INTO "ContactImportRow" ("importId", "e164", "contactId", "rowNumber", "name", "searchName", "reason")
        VALUES ${Prisma.join(values)}
        ON CONFLICT ("importId", "e164") DO UPDATE SET
          "name" = COALESCE(excluded."name", "ContactImportRow"."name"),
          "searchName" = COALESCE(excluded."searchName", "ContactImportRow"."searchName"),
          "reason" = COALESCE(excluded."reason", "ContactImportRow"."reason")
        RETURNING "e164", "rowNumber"`;
      for (const back of returned) {
        const first = Number(back.rowNumber);
        const mine = rowNumberOf.get(back.e164)!;
        if (first === mine) stagedNew += 1;
        else merged.push({ rowNumber: mine, firstRowNumber: first });
      }
    }
    const values = unique.flatMap((r) =>
      Object.entries(r.attributes).map(
        ([key, value]) => Prisma.sql`(${importId}, ${r.e164}, ${key}, ${value})`,
      ),
    );
    for (const part of chunks(values, VALUES_PER_STATEMENT / 4)) {
      await tx.$executeRaw`
        INSERT INTO "ContactImportValue" ("importId", "e164", "key", "value") VALUES ${Prisma.join(part)}
        ON CONFLICT ("importId", "e164", "key") DO UPDATE SET "value" = excluded."value"`;
    }
    const tags = unique.flatMap((r) =>
      r.tags.map((tag) => Prisma.sql`(${importId}, ${r.e164}, ${tag})`),
    );
    for (const part of chunks(tags, VALUES_PER_STATEMENT / 3)) {
      await tx.$executeRaw`
        INSERT INTO "ContactImportTag" ("importId", "e164", "tag") VALUES ${Prisma.join(part)}
        ON CONFLICT DO NOTHING`;
    }
    const running = (await tx.$executeRaw(progress(stagedNew))) > 0;
    return { merged, stagedNew, running };
  });
}

/** Removes everything staged for an import (after it was applied, cancelled or interrupted). */
export async function clearStaged(db: Db, importId: string): Promise<void> {
  await db.contactImportRow.deleteMany({ where: { importId } });
  await db.contactImportValue.deleteMany({ where: { importId } });
  await db.contactImportTag.deleteMany({ where: { importId } });
}
