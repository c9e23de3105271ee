import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import { numberPrefix, OPT_OUTS_PAGE_SIZE, type OptOutQuery } from "./list-opt-outs.schema";

export interface OptOutListItem {
  e164: string;
  optedOutAt: string;
  source: string;
  reason: string | null;
  ticketCode: string | null;
  /** The contact of the number, when there is one (an opt-out needs none). */
  contact: { id: string; name: string | null } | null;
}

// Cursor ids are the number's digits (the cursor format takes no "+").
const digitsOf = (e164: string) => e164.slice(1);

/**
 * Numbers Kabar does not send to, the latest opt-out first, keyset-paged on (optedOutAt, number).
 * Numbers opted back in are not listed (their contact page keeps the history).
 */
export async function listOptOuts(
  query: OptOutQuery,
  pageSize: number = OPT_OUTS_PAGE_SIZE,
): Promise<KeysetPage<OptOutListItem> & { total: number }> {
  const base: Prisma.OptOutWhereInput[] = [{ state: "opted_out" }];
  if (query.q) base.push({ e164: { startsWith: numberPrefix(query.q) } });
  if (query.source) base.push({ source: query.source });

  const read = (extra: Prisma.OptOutWhereInput[], direction: "desc" | "asc", take: number) =>
    db.optOut.findMany({
      where: { AND: [...base, ...extra] },
      orderBy: [{ optedOutAt: direction }, { e164: direction }],
      take,
    });
  const [page, total] = await Promise.all([
    readKeysetPage(query, pageSize, {
      newer: async ({ at, id }, limit) =>
        (
          await read(
            [{ OR: [{ optedOutAt: { gt: at } }, { optedOutAt: at, e164: { gt: `+${id}` } }] }],
            "asc",
            limit,
          )
        ).reverse(),
      older: (after, limit) =>
        read(
          after
            ? [
                {
                  OR: [
                    { optedOutAt: { lt: after.at } },
                    { optedOutAt: after.at, e164: { lt: `+${after.id}` } },
                  ],
                },
              ]
            : [],
          "desc",
          limit,
        ),
      positionOf: (row) => ({ at: row.optedOutAt, id: digitsOf(row.e164) }),
    }),
    db.optOut.count({ where: { AND: base } }),
  ]);
  const contacts = await db.contact.findMany({
    where: { e164: { in: page.rows.map((r) => r.e164) } },
    select: { id: true, e164: true, name: true },
  });
  const byNumber = new Map(contacts.map((c) => [c.e164, { id: c.id, name: c.name }]));
  return {
    ...page,
    total,
    rows: page.rows.map((row) => ({
      e164: row.e164,
      optedOutAt: row.optedOutAt.toISOString(),
      source: row.source,
      reason: row.reason,
      ticketCode: row.ticketCode,
      contact: byNumber.get(row.e164) ?? null,
    })),
  };
}
