import { NextResponse } from "next/server";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors } from "@/lib/errors/field-errors";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { listMedia } from "@/lib/media/list-media";
import { mediaListQuerySchema, type MediaListResponse } from "@/lib/media/schema";

// GET /api/media?kind=image&q=promo&deleted=1 — the library as JSON (the picker and the library
// page read it through React Query).
export const GET = guardedRoute(canRead, "media.list", async (request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = mediaListQuerySchema.safeParse(params);
  if (!query.success) {
    throw new ExpectedError("invalid_input", "The media filter is not valid.", {
      fieldErrors: toFieldErrors(query.error),
    });
  }
  const body: MediaListResponse = await listMedia(query.data);
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
