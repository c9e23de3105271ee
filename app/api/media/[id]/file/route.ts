import { canRead } from "@/lib/auth/roles";
import { guardedRoute } from "@/lib/http/route-guard";
import { getMediaOrThrow } from "@/lib/media/get-media";
import { mediaFileResponse } from "@/lib/media/media-file-response";

// GET /api/media/{id}/file[?download=1] — the file itself, streamed from disk: previews in the
// library and the picker, and downloads.
export const GET = guardedRoute<{ params: Promise<{ id: string }> }>(
  canRead,
  "media.file",
  async (request, { params }) => {
    const { id } = await params;
    const asset = await getMediaOrThrow(id);
    const download = new URL(request.url).searchParams.get("download") === "1";
    return mediaFileResponse(request, asset, { download, cache: "private" });
  },
);
