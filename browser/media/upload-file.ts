// Browser side of POST /api/media/upload. XMLHttpRequest, not fetch: only it reports upload
// progress. The file goes as the raw body (no multipart), so the server can stream it to disk.
import { isErrorCode } from "@/lib/errors/codes";
import type { MediaKind } from "@/lib/media/rules";
import type { MediaSaved } from "@/lib/media/schema";
import { ApiError, routeErrorBodyOf } from "../api-error";

const messagesByStatus: Record<number, string> = {
  401: "Your session has ended. Sign in again, then upload the file again.",
  403: "Your role does not allow uploading media.",
  413: "The file is too large for the server to accept.",
};

function errorFrom(xhr: XMLHttpRequest): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // not JSON: a proxy's error page, say
  }
  const refused = routeErrorBodyOf(body);
  if (refused) {
    return new ApiError(
      refused.error,
      xhr.status,
      isErrorCode(refused.code) ? refused.code : undefined,
    );
  }
  return new ApiError(
    messagesByStatus[xhr.status] ??
      `The upload failed (the server answered ${xhr.status}). Try again in a moment.`,
    xhr.status,
  );
}

/**
 * Uploads one file; `onProgress` receives the sent fraction (0..1). Resolves with the library
 * item (new, or the existing one with the same bytes); rejects with an ApiError whose
 * message can be shown as is.
 */
export function uploadMediaFile(
  file: File,
  options: { kind?: MediaKind; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<MediaSaved> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = options.kind ? `?kind=${encodeURIComponent(options.kind)}` : "";
    xhr.open("POST", `/api/media/upload${query}`);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorFrom(xhr));
      // Our own route's answer, typed by lib/media/schema.ts on the server; the browser checks
      // only that it is one (zod stays off the media page).
      try {
        const saved = JSON.parse(xhr.responseText) as MediaSaved;
        if (typeof saved?.asset?.id !== "string") throw new Error("not a saved media answer");
        resolve(saved);
      } catch {
        reject(
          new ApiError(
            "The server's answer could not be read. Reload the page to see whether the file arrived.",
            xhr.status,
            "unreadable",
          ),
        );
      }
    };
    xhr.onerror = () =>
      reject(
        new ApiError(
          "The upload was interrupted. Check your connection and try again.",
          0,
          "network",
        ),
      );
    xhr.onabort = () => reject(new ApiError("Upload cancelled.", 0, "cancelled"));
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
