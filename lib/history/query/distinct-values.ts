// The distinct values of an indexed Send column, read by jumping through its index (one seek per
// value) instead of scanning a million rows: a "loose index scan" written as a recursive query.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";

/** Columns with a (column, createdAt) index on Send. */
export type IndexedSendColumn = "templateName" | "errorCode" | "senderNumberId" | "userId";

export async function distinctSendValues(db: Db, column: IndexedSendColumn): Promise<string[]> {
  const c = Prisma.raw(`"${column}"`);
  const rows = await db.$queryRaw<{ v: string | null }[]>`
    WITH RECURSIVE seen(v) AS (
      SELECT (SELECT min(${c}) FROM "Send" WHERE ${c} IS NOT NULL)
      UNION ALL
      SELECT (SELECT min(${c}) FROM "Send" WHERE ${c} > seen.v) FROM seen WHERE seen.v IS NOT NULL
    )
    SELECT v FROM seen WHERE v IS NOT NULL`;
  return rows.map((r) => r.v as string);
}
