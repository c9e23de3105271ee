// What the preview can show for a media reference: a source the browser may load (a library
// preview, or an https URL — the page's CSP allows only https: images), its display name and type.
import type { MediaRef } from "@/lib/composer/draft-schema";

export interface MediaView {
  /** Loadable by the browser; undefined → show a placeholder tile instead. */
  src?: string;
  /** File name or the best stand-in ("brosur.pdf", "Damcorp media 3346…"). */
  name: string;
  /** Short type label: "PDF", "JPG", "MP4"…, or "" when unknown. */
  type: string;
  /** Why there is no src, shown on the placeholder tile. */
  placeholder?: string;
}

const MIME_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "DOC",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.ms-excel": "XLS",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.ms-powerpoint": "PPT",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PPTX",
  "text/plain": "TXT",
  "text/csv": "CSV",
  "image/jpeg": "JPG",
  "audio/aac": "AAC",
  "audio/mpeg": "MP3",
  "audio/ogg": "OGG",
};

export function typeLabel(mimeType: string | undefined, name: string): string {
  if (mimeType && MIME_LABELS[mimeType]) return MIME_LABELS[mimeType];
  const extension = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1];
  if (extension) return extension.toUpperCase();
  const subtype = mimeType?.split("/")[1];
  return subtype && /^[a-z0-9]{1,5}$/i.test(subtype) ? subtype.toUpperCase() : "";
}

function fileNameFromUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split("/").filter(Boolean).pop();
    return last ? decodeURIComponent(last) : parsed.hostname;
  } catch {
    return url;
  }
}

export function describeMedia(media: MediaRef | undefined, fallbackName = "File"): MediaView {
  if (!media) return { name: fallbackName, type: "", placeholder: "Not chosen yet" };
  switch (media.source) {
    case "library": {
      const name = media.name || fallbackName;
      return {
        src: media.previewUrl || undefined,
        name,
        type: typeLabel(media.mimeType, name),
        placeholder: media.previewUrl ? undefined : "From the media library",
      };
    }
    case "url": {
      const name = fileNameFromUrl(media.url);
      const https = /^https:\/\/\S+$/i.test(media.url);
      return {
        src: https ? media.url : undefined,
        name,
        type: typeLabel(undefined, name),
        placeholder: https ? undefined : media.url || "No URL yet",
      };
    }
    case "id":
      return {
        name: `Damcorp media ${media.mediaId}`,
        type: "",
        placeholder: `Damcorp media ${media.mediaId}`,
      };
  }
}
