import "server-only";
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { newId } from "@/lib/db/time-ordered-id";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldName } from "./schema";

// The one way contacts are merged by number from any source (campaign audiences, scripts, …):
// one contact per E.164 number, never a duplicate. The spreadsheet import merges the same way
// from its staging table (./import/apply-import.ts); this takes the rows directly, a chunk per
// statement as ONE JSON parameter (SqlDialect.jsonRecords), all in one transaction.

export type ContactToMerge = {
  /** E.164 with "+", already normalised (lib/phone). */
  e164: string;
  name?: string | null;
  /** Attribute key (lowercase, digits, _) → value; empty values are left out. */
  attributes?: Record<string, string>;
  tags?: string[];
};

export type ContactSource = "manual" | "import" | "helpdesk" | "campaign";

export type MergeResult = {
  created: number;
  updated: number;
  /** Every merged number's contact id (new or existing). */
  ids: Map<string, string>;
};

const CHUNK = 2_000;

const RECORD_COLUMNS = {
  id: "text",
  e164: "text",
  name: "text",
  searchName: "text",
  attributes: "text",
  tags: "text",
} as const;

/** Repeats of a number become one (later non-empty values win, tags add up). */
function mergeRepeats(contacts: readonly ContactToMerge[]) {
  const byNumber = new Map<string, Required<ContactToMerge>>();
  for (const c of contacts) {
    const first = byNumber.get(c.e164);
    const name = c.name?.trim() || null;
    const attributes = Object.fromEntries(
      Object.entries(c.attributes ?? {}).filter(([, v]) => v !== ""),
    );
    if (!first) {
      byNumber.set(c.e164, { e164: c.e164, name, attributes, tags: [...new Set(c.tags ?? [])] });
      continue;
    }
    first.name = name ?? first.name;
    Object.assign(first.attributes, attributes);
    first.tags = [...new Set([...first.tags, ...(c.tags ?? [])])];
  }
  return [...byNumber.values()];
}

/**
 * Merges contacts by number in one transaction. `existing: "update"` (default) gives a known
 * number the new non-empty name and attributes and adds the tags, as the import does; "keep"
 * leaves known contacts exactly as they are and only creates the new ones.
 */
export async function mergeContacts(
  db: Db,
  contacts: readonly ContactToMerge[],
  options: { source: ContactSource; existing?: "update" | "keep"; now?: Date },
): Promise<MergeResult> {
  const dialect = sqlDialect(db);
  const time = dialect.timestamp(options.now ?? new Date());
  const keep = options.existing === "keep";
  const unique = mergeRepeats(contacts);
  const ids = new Map<string, string>();
  let created = 0;
  await db.$transaction(
    async (tx) => {
      for (let at = 0; at < unique.length; at += CHUNK) {
        const part = unique.slice(at, at + CHUNK);
        const json = JSON.stringify(
          part.map((c) => ({
            id: newId(),
            e164: c.e164,
            name: c.name,
            searchName: c.name ? foldName(c.name) : null,
            attributes: JSON.stringify(c.attributes),
            tags: JSON.stringify(c.tags),
          })),
        );
        const numbers = dialect.jsonElements(
          Prisma.sql`${JSON.stringify(part.map((c) => c.e164))}`,
          "n",
        );
        const known = await tx.$queryRaw<{ e164: string }[]>`
          SELECT c."e164" FROM "Contact" c WHERE c."e164" IN (SELECT n."value" FROM ${numbers})`;
        const knownSet = new Set(known.map((k) => k.e164));
        created += part.length - knownSet.size;
        const rows = dialect.jsonRecords(json, "s", RECORD_COLUMNS);
        const onConflict = keep
          ? Prisma.sql`DO NOTHING`
          : Prisma.sql`DO UPDATE SET
              "name" = COALESCE(excluded."name", "Contact"."name"),
              "searchName" = COALESCE(excluded."searchName", "Contact"."searchName"),
              "updatedAt" = excluded."updatedAt"`;
        // `WHERE true`: SQLite reads an upsert's ON CONFLICT after a bare FROM as a join's ON.
        await tx.$executeRaw`
          INSERT INTO "Contact" ("id", "e164", "name", "searchName", "source", "createdAt", "updatedAt")
          SELECT s."id", s."e164", s."name", s."searchName", ${options.source}, ${time}, ${time}
          FROM ${rows} WHERE true
          ORDER BY s."id"
          ON CONFLICT ("e164") ${onConflict}`;
        // Known contacts under "keep" get nothing more; the others their attributes and tags.
        const fresh = keep ? part.filter((c) => !knownSet.has(c.e164)) : part;
        if (fresh.length > 0) {
          const freshRows = dialect.jsonRecords(
            JSON.stringify(
              fresh.map((c) => ({
                e164: c.e164,
                attributes: JSON.stringify(c.attributes),
                tags: JSON.stringify(c.tags),
              })),
            ),
            "r",
            { e164: "text", attributes: "text", tags: "text" },
          );
          const entries = dialect.jsonEntries(Prisma.sql`r."attributes"`, "j");
          const elements = dialect.jsonElements(Prisma.sql`r."tags"`, "j");
          await tx.$executeRaw`
            INSERT INTO "ContactAttribute" ("contactId", "key", "value")
            SELECT c."id", j."key", j."value"
            FROM ${freshRows} JOIN "Contact" c ON c."e164" = r."e164", ${entries}
            WHERE true
            ORDER BY c."id"
            ON CONFLICT ("contactId", "key") DO UPDATE SET "value" = excluded."value"`;
          await tx.$executeRaw`
            INSERT INTO "ContactTag" ("contactId", "tag")
            SELECT c."id", j."value"
            FROM ${freshRows} JOIN "Contact" c ON c."e164" = r."e164", ${elements}
            WHERE true
            ORDER BY c."id"
            ON CONFLICT DO NOTHING`;
        }
        const found = await tx.$queryRaw<{ id: string; e164: string }[]>`
          SELECT c."id", c."e164" FROM "Contact" c WHERE c."e164" IN (SELECT n."value" FROM ${numbers})`;
        for (const row of found) ids.set(row.e164, row.id);
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { created, updated: unique.length - created, ids };
}
