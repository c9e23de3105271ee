import { NextResponse } from "next/server";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { getMediaOrThrow } from "@/lib/media/get-media";
import { mediaIdInputSchema, type MediaItem } from "@/lib/media/schema";
import { toMediaItem } from "@/lib/media/to-media-item";

// GET /api/media/{id} — one library item as JSON (the picker shows the chosen item with it).
export const GET = guardedRoute(
  { name: "media.get", roles: canRead, params: mediaIdInputSchema },
  async (_request, { params }) => {
    const item: MediaItem = toMediaItem(await getMediaOrThrow(params.id));
    return NextResponse.json(item, { headers: { "Cache-Control": "no-store" } });
  },
);
