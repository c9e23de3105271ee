import { NextResponse } from "next/server";
import { openPublicSticker } from "@/lib/media/open-public-sticker";

// GET /api/media/public/{id}.webp?expires=&signature= — PUBLIC BY DESIGN: Damcorp fetches
// stickers by web address (the spec takes no ID or data for them), without a Kabar session.
// Only a link Kabar signed (lib/media/public-link.ts) for this one sticker, before it expires,
// opens it; anything else gets the same 404, so ids cannot be probed.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const response = await openPublicSticker(request, file);
  return response ?? NextResponse.json({ error: "Not found" }, { status: 404 });
}
