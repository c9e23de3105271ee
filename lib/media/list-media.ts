import "server-only";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/dialect";
import { MEDIA_LIST_LIMIT, type MediaListQuery, type MediaListResponse } from "./schema";
import { toMediaItem, withCreatorName } from "./to-media-item";

/** Library items, newest first: one kind or all, names containing `q`, deleted ones on request. */
export async function listMedia(query: Partial<MediaListQuery>): Promise<MediaListResponse> {
  const rows = await db.mediaAsset.findMany({
    where: {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.q ? { name: containsText(db, query.q) } : {}),
      ...(query.deleted ? {} : { deletedAt: null }),
    },
    include: withCreatorName,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MEDIA_LIST_LIMIT + 1,
  });
  return {
    items: rows.slice(0, MEDIA_LIST_LIMIT).map(toMediaItem),
    truncated: rows.length > MEDIA_LIST_LIMIT,
  };
}
