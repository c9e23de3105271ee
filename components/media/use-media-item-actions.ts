"use client";

import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import {
  deleteMediaAction,
  restoreMediaAction,
  retryDamcorpUploadAction,
} from "@/app/(app)/media/actions";
import { callAction as call } from "@/browser/call-action";
import { mediaKeys } from "@/lib/media/query-keys";
import type { MediaItem } from "@/lib/media/schema";
import type { MediaCardActions } from "./media-card";

/** Delete (with Undo), restore and "Upload to Damcorp" for library cards; refreshes every list. */
export function useMediaItemActions(): MediaCardActions {
  const queryClient = useQueryClient();
  const [busyId, setBusyId] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: mediaKeys.all });

  async function restore(item: MediaItem) {
    setBusyId(item.id);
    const result = await call(() => restoreMediaAction({ id: item.id }));
    setBusyId(null);
    if (!result.ok) return void toast.error(result.message);
    toast.success(`“${item.name}” restored.`);
    await refresh();
  }

  async function remove(item: MediaItem) {
    setBusyId(item.id);
    const result = await call(() => deleteMediaAction({ id: item.id }));
    setBusyId(null);
    if (!result.ok) return void toast.error(result.message);
    toast.success(`“${item.name}” deleted.`, {
      action: { label: "Undo", onClick: () => void restore(item) },
    });
    await refresh();
  }

  async function uploadToDamcorp(item: MediaItem) {
    setBusyId(item.id);
    const result = await call(() => retryDamcorpUploadAction({ id: item.id }));
    setBusyId(null);
    if (!result.ok) return void toast.error(result.message);
    toast.success(`“${item.name}” is on Damcorp: its media ID is ready.`);
    await refresh();
  }

  return {
    onDelete: (item) => void remove(item),
    onRestore: (item) => void restore(item),
    onUploadToDamcorp: (item) => void uploadToDamcorp(item),
    busyId,
  };
}
