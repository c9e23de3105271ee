// Applying a staged import to contacts (or opt-outs) in ONE transaction: either every row is in,
// or none is (a crash rolls it back; the import's own status changes in the same transaction).
// SQL that SQLite and PostgreSQL both read.
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { Prisma } from "@/lib/generated/prisma/client";

/** The transaction holds the database's write lock; 100,000 rows take a few seconds. */
const APPLY_TIMEOUT_MS = 120_000;

export type Applied = { created: number; updated: number };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

class ImportNoLongerApplying extends Error {}

/** Runs `write` and marks the import done in one transaction; null when it was no longer applying. */
function applyInOneTransaction(
  db: Db,
  importId: string,
  now: Date,
  write: (tx: Tx) => Promise<Applied>,
): Promise<Applied | null> {
  return db
    .$transaction(
      async (tx) => {
        const applied = await write(tx);
        const done = await tx.contactImport.updateMany({
          where: { id: importId, status: "applying" },
          data: { status: "done", ...applied, finishedAt: now, heartbeatAt: now },
        });
        if (done.count === 0) throw new ImportNoLongerApplying();
        return applied;
      },
      { timeout: APPLY_TIMEOUT_MS, maxWait: 10_000 },
    )
    .catch((error: unknown) => {
      if (error instanceof ImportNoLongerApplying) return null;
      throw error;
    });
}

type Counts = { staged: number | bigint; known: number | bigint };

export async function applyContactsImport(
  db: Db,
  importId: string,
  now: Date,
): Promise<Applied | null> {
  const dialect = sqlDialect(db);
  const time = dialect.timestamp(now);
  const entries = dialect.jsonEntries(Prisma.sql`r."attributes"`, "j");
  const elements = dialect.jsonElements(Prisma.sql`r."tags"`, "j");
  // Contacts, attributes and tags are written in contact id order: their primary keys start with
  // it, so the rows append instead of landing all over the tree (half the time at 30,000 contacts).
  return applyInOneTransaction(db, importId, now, async (tx) => {
    const [counts] = await tx.$queryRaw<Counts[]>`
      SELECT COUNT(*) AS "staged", COUNT(c."id") AS "known"
      FROM "ContactImportRow" r LEFT JOIN "Contact" c ON c."e164" = r."e164"
      WHERE r."importId" = ${importId}`;
    await tx.$executeRaw`
      INSERT INTO "Contact" ("id", "e164", "name", "searchName", "source", "createdAt", "updatedAt")
      SELECT "contactId", "e164", "name", "searchName", 'import', ${time}, ${time}
      FROM "ContactImportRow" WHERE "importId" = ${importId}
      ORDER BY "contactId"
      ON CONFLICT ("e164") DO UPDATE SET
        "name" = COALESCE(excluded."name", "Contact"."name"),
        "searchName" = COALESCE(excluded."searchName", "Contact"."searchName"),
        "updatedAt" = excluded."updatedAt"`;
    await tx.$executeRaw`
      INSERT INTO "ContactAttribute" ("contactId", "key", "value")
      SELECT c."id", j."key", j."value"
      FROM "ContactImportRow" r JOIN "Contact" c ON c."e164" = r."e164", ${entries}
      WHERE r."importId" = ${importId}
      ORDER BY c."id"
      ON CONFLICT ("contactId", "key") DO UPDATE SET "value" = excluded."value"`;
    await tx.$executeRaw`
      INSERT INTO "ContactTag" ("contactId", "tag")
      SELECT c."id", j."value"
      FROM "ContactImportRow" r JOIN "Contact" c ON c."e164" = r."e164", ${elements}
      WHERE r."importId" = ${importId}
      ORDER BY c."id"
      ON CONFLICT DO NOTHING`;
    const known = Number(counts?.known ?? 0);
    return { created: Number(counts?.staged ?? 0) - known, updated: known };
  });
}

/** Numbers of the list become opted out; numbers already opted out keep their first opt-out. */
export async function applyOptOutsImport(
  db: Db,
  importId: string,
  now: Date,
  by: { userId: string | null; defaultReason: string },
): Promise<Applied | null> {
  const time = sqlDialect(db).timestamp(now);
  return applyInOneTransaction(db, importId, now, async (tx) => {
    const [counts] = await tx.$queryRaw<Counts[]>`
      SELECT COUNT(*) AS "staged", COUNT(o."e164") AS "known"
      FROM "ContactImportRow" r LEFT JOIN "OptOut" o ON o."e164" = r."e164" AND o."state" = 'opted_out'
      WHERE r."importId" = ${importId}`;
    await tx.$executeRaw`
      INSERT INTO "OptOut" ("e164", "state", "optedOutAt", "source", "reason", "importId", "byUserId", "updatedAt")
      SELECT "e164", 'opted_out', ${time}, 'csv', COALESCE("reason", ${by.defaultReason}), ${importId}, ${by.userId}, ${time}
      FROM "ContactImportRow" WHERE "importId" = ${importId}
      ON CONFLICT ("e164") DO UPDATE SET
        "state" = 'opted_out', "optedOutAt" = excluded."optedOutAt", "source" = excluded."source",
        "reason" = excluded."reason", "ticketCode" = NULL, "importId" = excluded."importId",
        "byUserId" = excluded."byUserId", "updatedAt" = excluded."updatedAt"
      WHERE "OptOut"."state" <> 'opted_out'`;
    const known = Number(counts?.known ?? 0);
    // Already opted out: counted as "updated" (kept as they were).
    return { created: Number(counts?.staged ?? 0) - known, updated: known };
  });
}
