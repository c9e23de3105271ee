import { canRead } from "@/lib/auth/roles";
import { guardedJsonRoute } from "@/lib/http/route-guard";
import { getMediaOrThrow } from "@/lib/media/get-media";
import { mediaIdInputSchema, type MediaItem } from "@/lib/media/schema";
import { toMediaItem } from "@/lib/media/to-media-item";

// GET /api/media/{id} — one library item as JSON (the picker shows the chosen item with it).
export const GET = guardedJsonRoute(
  { name: "media.get", roles: canRead, params: mediaIdInputSchema },
  async ({ params }): Promise<MediaItem> => toMediaItem(await getMediaOrThrow(params.id)),
);
