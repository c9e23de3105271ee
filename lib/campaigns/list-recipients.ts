import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "@/lib/paging/cursor";
import { readKeysetPage, type KeysetPage, type KeysetPosition } from "@/lib/paging/keyset-page";
import { RECIPIENTS_PAGE_SIZE, type RecipientFilter, type RecipientStatus } from "./schema";

export type CampaignRecipientRow = {
  id: string;
  row: number;
  /** Digits with the country code. */
  to: string;
  name: string | null;
  values: Record<string, string>;
  status: RecipientStatus;
  errorCode: string | null;
  reason: string | null;
  sendId: string | null;
  createdAt: Date;
};

/** "0812…", "812…", "+62812…" → "62812…" (the stored digits start with the country code). */
function numberPrefix(typed: string): string {
  const digits = typed.replace(/\D/g, "");
  if (digits.startsWith("0")) return `62${digits.slice(1)}`;
  if (digits.startsWith("8")) return `62${digits}`;
  return digits;
}

function whereOf(campaignId: string, filter: RecipientFilter): Prisma.CampaignRecipientWhereInput {
  return {
    campaignId,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.errorCode ? { errorCode: filter.errorCode } : {}),
    ...(filter.number ? { to: { startsWith: numberPrefix(filter.number) } } : {}),
  };
}

const after = (c: Cursor): Prisma.CampaignRecipientWhereInput => ({
  OR: [{ createdAt: { gt: c.at } }, { createdAt: c.at, id: { gt: c.id } }],
});
const before = (c: Cursor): Prisma.CampaignRecipientWhereInput => ({
  OR: [{ createdAt: { lt: c.at } }, { createdAt: c.at, id: { lt: c.id } }],
});

function toRow(r: {
  id: string;
  row: number;
  to: string;
  name: string | null;
  values: string;
  status: string;
  errorCode: string | null;
  reason: string | null;
  sendId: string | null;
  createdAt: Date;
}): CampaignRecipientRow {
  let values: Record<string, string> = {};
  try {
    values = JSON.parse(r.values) as Record<string, string>;
  } catch {
    // A damaged row shows without values rather than failing the page.
  }
  return { ...r, values, status: r.status as RecipientStatus };
}

/**
 * One page of a campaign's recipients in audience order (keyset by (createdAt, id), never
 * OFFSET), filtered by status, error code and the start of a number. The wizard's review pages
 * a draft's recipients with it too.
 */
export async function listCampaignRecipients(
  campaignId: string,
  filter: RecipientFilter = {},
  position: KeysetPosition = {},
  pageSize = RECIPIENTS_PAGE_SIZE,
): Promise<KeysetPage<CampaignRecipientRow>> {
  const where = whereOf(campaignId, filter);
  return readKeysetPage(position, pageSize, {
    // "Older" is further down the audience: the next rows.
    older: async (cursor, limit) =>
      (
        await db.campaignRecipient.findMany({
          where: cursor ? { AND: [where, after(cursor)] } : where,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: limit,
        })
      ).map(toRow),
    newer: async (cursor, limit) =>
      (
        await db.campaignRecipient.findMany({
          where: { AND: [where, before(cursor)] },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: limit,
        })
      )
        .reverse()
        .map(toRow),
    positionOf: (row) => ({ at: row.createdAt, id: row.id }),
  });
}
