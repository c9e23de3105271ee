import "server-only";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readKeysetPage, type KeysetPage } from "@/lib/paging/keyset-page";
import { dayRangeToInstants } from "@/lib/time/days";
import { AUDIT_PAGE_SIZE, type AuditQuery } from "./list-audit-events.schema";

export interface AuditEventItem {
  id: string;
  at: string;
  action: string;
  actorEmail: string | null;
  target: string | null;
  ip: string | null;
  /** The detail JSON as stored (never holds secrets: recordAuditEvent callers pass none). */
  detail: string | null;
}

export type AuditEventPage = KeysetPage<AuditEventItem>;

type Row = Awaited<ReturnType<typeof db.auditEvent.findMany>>[number];

/** One page of the audit trail, newest first, keyset-paged on (at, id). Admins only (caller). */
export async function listAuditEvents(
  query: AuditQuery,
  timeZone: string,
  pageSize: number = AUDIT_PAGE_SIZE,
): Promise<AuditEventPage> {
  const range = dayRangeToInstants(query, timeZone);
  const base: Prisma.AuditEventWhereInput[] = [];
  if (range.from) base.push({ at: { gte: range.from } });
  if (range.to) base.push({ at: { lt: range.to } });
  if (query.action) base.push({ action: query.action });
  if (query.actor) base.push({ actorEmail: containsText(db, query.actor) });

  const read = (extra: Prisma.AuditEventWhereInput[], direction: "desc" | "asc", take: number) =>
    db.auditEvent.findMany({
      where: { AND: [...base, ...extra] },
      orderBy: [{ at: direction }, { id: direction }],
      take,
    });

  // The `lte`/`gte` bound lets SQLite seek the (at) index before checking the tie on id.
  const page = await readKeysetPage(query, pageSize, {
    newer: async ({ at, id }, limit) =>
      (
        await read(
          [{ at: { gte: at } }, { OR: [{ at: { gt: at } }, { at, id: { gt: id } }] }],
          "asc",
          limit,
        )
      ).reverse(),
    older: (after, limit) =>
      read(
        after
          ? [
              { at: { lte: after.at } },
              { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] },
            ]
          : [],
        "desc",
        limit,
      ),
    positionOf: (row) => ({ at: row.at, id: row.id }),
  });
  return { ...page, rows: page.rows.map(toItem) };
}

function toItem(row: Row): AuditEventItem {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actorEmail: row.actorEmail,
    target: row.target,
    ip: row.ip,
    detail: row.detail,
  };
}

/** The actions that occur in the trail, for the filter (one index seek per action). */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db.$queryRaw<{ v: string | null }[]>`
    WITH RECURSIVE seen(v) AS (
      SELECT (SELECT min("action") FROM "AuditEvent")
      UNION ALL
      SELECT (SELECT min("action") FROM "AuditEvent" WHERE "action" > seen.v)
      FROM seen WHERE seen.v IS NOT NULL
    )
    SELECT v FROM seen WHERE v IS NOT NULL`;
  return rows.map((r) => r.v as string);
}
