// Keyset reads of contacts by id (time-ordered: newest first), shared by the list and the export.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import type { ContactFilter } from "../schema";
import { contactConditions, whereOf } from "./contact-conditions";

export type ContactRow = {
  id: string;
  e164: string;
  name: string | null;
  source: string;
  createdAt: Date;
  updatedAt: Date;
  optOutState: string | null;
  optedOutAt: Date | null;
  optOutSource: string | null;
  optOutReason: string | null;
  optOutTicket: string | null;
};

export type Position = { after?: string; before?: string };

export async function selectContacts(
  db: Db,
  filter: ContactFilter,
  position: Position,
  limit: number,
): Promise<ContactRow[]> {
  const conditions = contactConditions(filter);
  if (position.after) conditions.push(Prisma.sql`c."id" < ${position.after}`);
  if (position.before) conditions.push(Prisma.sql`c."id" > ${position.before}`);
  const order = position.before ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await db.$queryRaw<ContactRow[]>`
    SELECT c."id", c."e164", c."name", c."source", c."createdAt", c."updatedAt",
      o."state" AS "optOutState", o."optedOutAt", o."source" AS "optOutSource",
      o."reason" AS "optOutReason", o."ticketCode" AS "optOutTicket"
    FROM "Contact" c LEFT JOIN "OptOut" o ON o."e164" = c."e164"
    ${whereOf(conditions)}
    ORDER BY c."id" ${order} LIMIT ${limit}`;
  return position.before ? rows.reverse() : rows;
}

export async function countContacts(db: Db, filter: ContactFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM "Contact" c LEFT JOIN "OptOut" o ON o."e164" = c."e164"
    ${whereOf(contactConditions(filter))}`;
  return Number(row?.n ?? 0);
}

/** Tags of each contact (by id), for a page or an export batch. */
export async function selectTags(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db.contactTag.findMany({
    where: { contactId: { in: ids } },
    orderBy: [{ contactId: "asc" }, { tag: "asc" }],
  });
  for (const row of rows) out.set(row.contactId, [...(out.get(row.contactId) ?? []), row.tag]);
  return out;
}

export async function selectAttributes(
  db: Db,
  ids: string[],
): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  if (ids.length === 0) return out;
  const rows = await db.contactAttribute.findMany({ where: { contactId: { in: ids } } });
  for (const row of rows) {
    const attributes = out.get(row.contactId) ?? {};
    attributes[row.key] = row.value;
    out.set(row.contactId, attributes);
  }
  return out;
}
