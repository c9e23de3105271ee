import { canRead } from "@/lib/auth/roles";
import { guardedJsonRoute } from "@/lib/http/route-guard";
import { listMedia } from "@/lib/media/list-media";
import { mediaListQuerySchema, type MediaListResponse } from "@/lib/media/schema";

// GET /api/media?kind=image&q=promo&deleted=1 — the library as JSON (the picker and the library
// page read it through React Query).
export const GET = guardedJsonRoute(
  {
    name: "media.list",
    roles: canRead,
    query: mediaListQuerySchema,
    invalidMessage: "The media filter is not valid.",
  },
  ({ query }): Promise<MediaListResponse> => listMedia(query),
);
