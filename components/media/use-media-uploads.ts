"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { checkFileBeforeUpload } from "@/browser/media/check-file";
import type { MediaKind } from "@/lib/media/rules";
import type { MediaSaved } from "@/lib/media/schema";
import { ApiError } from "@/browser/api-error";
import { uploadMediaFile } from "@/browser/media/upload-file";

export type UploadStatus = "checking" | "rejected" | "waiting" | "uploading" | "done" | "failed";

export interface UploadEntry {
  key: string;
  name: string;
  size: number;
  status: UploadStatus;
  /** 0..1 of the bytes sent. */
  progress: number;
  /** Why it was refused or failed, or what happened (duplicate, Damcorp ID). */
  message: string | null;
  result: MediaSaved | null;
}

/** Uploads at once; more wait their turn so one slow file does not starve the others. */
const PARALLEL_UPLOADS = 2;

function describeSaved(saved: MediaSaved): string {
  const { asset, duplicate, restored, damcorp } = saved;
  const parts = [
    duplicate
      ? `Already in the library as “${asset.name}”${restored ? ", which was deleted and is now restored" : ""}.`
      : "Uploaded.",
  ];
  if (damcorp.status === "uploaded") parts.push("Damcorp media ID ready.");
  if (damcorp.message) parts.push(damcorp.message);
  return parts.join(" ");
}

/**
 * Checks and uploads files: each one is judged in the browser first (type by its bytes, kind,
 * size), then sent with its own progress. Refused and failed files keep their reason; failed
 * ones can be tried again.
 */
export function useMediaUploads(options: {
  kind?: MediaKind;
  onUploaded?: (saved: MediaSaved) => void;
}) {
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const files = useRef(new Map<string, File>());
  const controllers = useRef(new Map<string, AbortController>());
  const slots = useRef({ active: 0, waiting: [] as (() => void)[] });
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const update = useCallback((key: string, patch: Partial<UploadEntry>) => {
    setEntries((all) => all.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  }, []);

  const acquire = useCallback(async () => {
    if (slots.current.active >= PARALLEL_UPLOADS) {
      await new Promise<void>((resolve) => slots.current.waiting.push(resolve));
    }
    slots.current.active += 1;
  }, []);

  const release = useCallback(() => {
    slots.current.active -= 1;
    slots.current.waiting.shift()?.();
  }, []);

  const run = useCallback(
    async (key: string, file: File) => {
      const { kind } = latest.current;
      const verdict = await checkFileBeforeUpload(file, kind);
      if (!verdict.ok) {
        update(key, { status: "rejected", message: verdict.reason });
        return;
      }
      update(key, { status: "waiting", message: null });
      await acquire();
      const controller = new AbortController();
      controllers.current.set(key, controller);
      try {
        update(key, { status: "uploading", progress: 0 });
        const saved = await uploadMediaFile(file, {
          kind,
          signal: controller.signal,
          onProgress: (progress) => update(key, { progress }),
        });
        update(key, { status: "done", progress: 1, result: saved, message: describeSaved(saved) });
        latest.current.onUploaded?.(saved);
      } catch (error) {
        const message = error instanceof ApiError ? error.message : "The upload failed. Try again.";
        // A refusal by the media rules will not change on a retry; a lost connection might.
        const code = error instanceof ApiError ? error.code : undefined;
        const retryable = code === undefined || code === "network" || code === "cancelled";
        update(key, { status: retryable ? "failed" : "rejected", message });
      } finally {
        controllers.current.delete(key);
        release();
      }
    },
    [acquire, release, update],
  );

  const addFiles = useCallback(
    (list: Iterable<File>) => {
      const added = Array.from(list).map((file) => {
        const key = crypto.randomUUID();
        files.current.set(key, file);
        return { key, file };
      });
      setEntries((all) => [
        ...added.map(({ key, file }) => ({
          key,
          name: file.name,
          size: file.size,
          status: "checking" as const,
          progress: 0,
          message: null,
          result: null,
        })),
        ...all,
      ]);
      for (const { key, file } of added) void run(key, file);
    },
    [run],
  );

  const retry = useCallback(
    (key: string) => {
      const file = files.current.get(key);
      if (!file) return;
      update(key, { status: "checking", progress: 0, message: null });
      void run(key, file);
    },
    [run, update],
  );

  const cancel = useCallback((key: string) => controllers.current.get(key)?.abort(), []);

  const dismiss = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    files.current.delete(key);
    setEntries((all) => all.filter((e) => e.key !== key));
  }, []);

  const clearFinished = useCallback(() => {
    setEntries((all) => {
      const keep = all.filter(
        (e) => e.status === "uploading" || e.status === "waiting" || e.status === "checking",
      );
      for (const e of all) if (!keep.includes(e)) files.current.delete(e.key);
      return keep;
    });
  }, []);

  return { entries, addFiles, retry, cancel, dismiss, clearFinished };
}
