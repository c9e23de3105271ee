import { NextResponse } from "next/server";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { getMediaOrThrow } from "@/lib/media/get-media";
import { toMediaItem } from "@/lib/media/to-media-item";
import type { MediaItem } from "@/lib/media/schema";

// GET /api/media/{id} — one library item as JSON (the picker shows the chosen item with it).
export const GET = guardedRoute<{ params: Promise<{ id: string }> }>(
  canRead,
  "media.get",
  async (_request, { params }) => {
    const { id } = await params;
    const item: MediaItem = toMediaItem(await getMediaOrThrow(id));
    return NextResponse.json(item, { headers: { "Cache-Control": "no-store" } });
  },
);
