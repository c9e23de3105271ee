// Recipients of a page of sends: a short preview per send and counts per result, so a broadcast to
// thousands of numbers costs one grouped query rather than thousands of rows.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import type { RecipientPreview, RecipientStatusCount } from "../send-list-item";

export const RECIPIENT_PREVIEW_SIZE = 3;

export interface RecipientSummaries {
  previews: Map<string, RecipientPreview[]>;
  counts: Map<string, RecipientStatusCount[]>;
}

export async function selectRecipientSummaries(
  db: Db,
  sendIds: readonly string[],
  /** Recipients matching this (unqualified columns) are previewed first. */
  matching: Prisma.Sql | null,
): Promise<RecipientSummaries> {
  const previews = new Map<string, RecipientPreview[]>();
  const counts = new Map<string, RecipientStatusCount[]>();
  if (sendIds.length === 0) return { previews, counts };
  const ids = Prisma.join(sendIds);
  const firstMatching = matching
    ? Prisma.sql`CASE WHEN ${matching} THEN 0 ELSE 1 END, `
    : Prisma.empty;
  const [previewRows, countRows] = await Promise.all([
    db.$queryRaw<(RecipientPreview & { sendId: string })[]>`
      SELECT "sendId", "to", "status", "errorCode" FROM (
        SELECT "sendId", "to", "status", "errorCode",
          row_number() OVER (PARTITION BY "sendId" ORDER BY ${firstMatching}"id") AS rn
        FROM "SendRecipient" WHERE "sendId" IN (${ids})
      ) ranked WHERE rn <= ${RECIPIENT_PREVIEW_SIZE}
      ORDER BY "sendId", rn`,
    db.$queryRaw<(RecipientStatusCount & { sendId: string; count: number | bigint })[]>`
      SELECT "sendId", "status", "errorCode", count(*) AS "count"
      FROM "SendRecipient" WHERE "sendId" IN (${ids})
      GROUP BY "sendId", "status", "errorCode"`,
  ]);
  for (const { sendId, ...preview } of previewRows) {
    const list = previews.get(sendId) ?? [];
    list.push(preview);
    previews.set(sendId, list);
  }
  for (const { sendId, count, ...rest } of countRows) {
    const list = counts.get(sendId) ?? [];
    list.push({ ...rest, count: Number(count) });
    counts.set(sendId, list);
  }
  return { previews, counts };
}
