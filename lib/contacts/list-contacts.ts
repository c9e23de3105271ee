import "server-only";
import { db } from "@/lib/db/client";
import type { ContactListItem, ContactListPage } from "./list-item";
import {
  countContacts,
  selectContacts,
  selectTags,
  type ContactRow,
} from "./query/select-contacts";
import { CONTACTS_PAGE_SIZE, type ContactFilter } from "./schema";

/** One page of contacts, newest first, with the neighbours' cursors (keyset, never OFFSET). */
export async function listContacts(
  filter: ContactFilter,
  position: { after?: string; before?: string },
  pageSize = CONTACTS_PAGE_SIZE,
): Promise<ContactListPage & { previousCursor: string | null; total: number }> {
  const rows = await selectContacts(db, filter, position, pageSize + 1);
  let page: ContactRow[];
  let nextCursor: string | null;
  let previousCursor: string | null;
  if (position.before) {
    const more = rows.length > pageSize;
    page = more ? rows.slice(1) : rows;
    previousCursor = more ? page[0]!.id : null;
    nextCursor = page.length > 0 ? page[page.length - 1]!.id : null;
  } else {
    page = rows.slice(0, pageSize);
    nextCursor = rows.length > pageSize ? page[page.length - 1]!.id : null;
    previousCursor = position.after && page.length > 0 ? page[0]!.id : null;
  }
  const [tags, total] = await Promise.all([
    selectTags(
      db,
      page.map((r) => r.id),
    ),
    countContacts(db, filter),
  ]);
  return {
    rows: page.map((row): ContactListItem => ({
      id: row.id,
      e164: row.e164,
      name: row.name,
      tags: tags.get(row.id) ?? [],
      attributeCount: 0,
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
      optedOut: row.optOutState === "opted_out",
    })),
    nextCursor,
    previousCursor,
    total,
  };
}

/** The tags and attribute names in use, for the list's filter menus. */
export async function listFilterOptions(): Promise<{ tags: string[]; attributes: string[] }> {
  const [tags, attributes] = await Promise.all([
    db.contactTag.findMany({
      distinct: ["tag"],
      select: { tag: true },
      orderBy: { tag: "asc" },
      take: 500,
    }),
    db.contactAttribute.findMany({
      distinct: ["key"],
      select: { key: true },
      orderBy: { key: "asc" },
      take: 200,
    }),
  ]);
  return { tags: tags.map((t) => t.tag), attributes: attributes.map((a) => a.key) };
}
