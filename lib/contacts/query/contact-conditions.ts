// The WHERE clause of a contacts filter, in SQL both SQLite and PostgreSQL read. Every filter is
// an index range: the number prefix on the unique e164 index, tags and attributes through their
// (tag, contactId) and (key, value, contactId) indexes; only the name search scans.
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeRecipientPrefix, prefixRange } from "@/lib/history/recipient-prefix";
import { foldName, type ContactFilter } from "../schema";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A search of digits (and phone punctuation) is a number prefix; anything else a name. */
export function searchKind(q: string): "number" | "name" {
  return /^[+\d][\d\s\-.()]*$/.test(q.trim()) ? "number" : "name";
}

/** Conditions on `c` (Contact) and `o` (its OptOut row, left-joined). */
export function contactConditions(filter: ContactFilter): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  const q = filter.q?.trim();
  if (q) {
    const prefix = searchKind(q) === "number" ? normalizeRecipientPrefix(q) : null;
    if (prefix?.ok) {
      const { low, high } = prefixRange(`+${prefix.digits}`);
      out.push(Prisma.sql`c."e164" >= ${low} AND c."e164" < ${high}`);
    } else {
      out.push(Prisma.sql`c."searchName" LIKE ${`%${escapeLike(foldName(q))}%`} ESCAPE '\\'`);
    }
  }
  if (filter.tag) {
    out.push(
      Prisma.sql`c."id" IN (SELECT "contactId" FROM "ContactTag" WHERE "tag" = ${filter.tag})`,
    );
  }
  if (filter.attribute) {
    out.push(
      filter.value
        ? Prisma.sql`c."id" IN (SELECT "contactId" FROM "ContactAttribute" WHERE "key" = ${filter.attribute} AND "value" = ${filter.value})`
        : Prisma.sql`c."id" IN (SELECT "contactId" FROM "ContactAttribute" WHERE "key" = ${filter.attribute})`,
    );
  }
  if (filter.optOut === "opted_out") out.push(Prisma.sql`o."state" = 'opted_out'`);
  if (filter.optOut === "reachable")
    out.push(Prisma.sql`(o."state" IS NULL OR o."state" <> 'opted_out')`);
  return out;
}

export function whereOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0
    ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`
    : Prisma.empty;
}
