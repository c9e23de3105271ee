// Browser side of POST /api/contacts/imports/upload. XMLHttpRequest, not fetch: only it reports
// upload progress. The file goes as the raw body, so the server streams it to disk.
import type { ImportKind } from "./fields";
import type { ImportPreview } from "./view";

const messagesByStatus: Record<number, string> = {
  401: "Your session has ended. Sign in again, then upload the file again.",
  403: "Your role does not allow importing.",
  413: "The file is too large for the server to accept.",
};

export function uploadImportFile(
  file: File,
  kind: ImportKind,
  onProgress: (fraction: number) => void,
): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/contacts/imports/upload?kind=${kind}`);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) return resolve(body as ImportPreview);
      const error = (body as { error?: string } | null)?.error;
      reject(
        new Error(
          error ??
            messagesByStatus[xhr.status] ??
            `The upload failed (the server answered ${xhr.status}). Try again in a moment.`,
        ),
      );
    };
    xhr.onerror = () =>
      reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.send(file);
  });
}
