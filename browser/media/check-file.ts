// The browser's check before an upload: the same verdict the server gives, from the same table,
// read from the file's first bytes (so a renamed file is caught before any byte is sent).
import { checkMediaFile, type MediaTypeVerdict } from "@/lib/media/check-media-file";
import type { MediaKind } from "@/lib/media/rules";
import { SNIFF_BYTES } from "@/lib/media/sniff";

export async function checkFileBeforeUpload(
  file: File,
  expectedKind?: MediaKind,
): Promise<MediaTypeVerdict> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return checkMediaFile({
    head,
    name: file.name,
    claimedType: file.type,
    size: file.size,
    expectedKind,
  });
}
