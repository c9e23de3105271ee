import { z } from "zod";
import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { getMediaOrThrow } from "@/lib/media/get-media";
import { mediaFileResponse } from "@/lib/media/media-file-response";
import { mediaIdInputSchema } from "@/lib/media/schema";

// GET /api/media/{id}/file[?download=1] — the file itself, streamed from disk: previews in the
// library and the picker, and downloads.
export const GET = guardedRoute(
  {
    name: "media.file",
    roles: canRead,
    params: mediaIdInputSchema,
    query: z.object({ download: z.string().optional() }),
  },
  async (request, { params, query }) => {
    const asset = await getMediaOrThrow(params.id);
    return mediaFileResponse(request, asset, {
      download: query.download === "1",
      cache: "private",
    });
  },
);
