"use server";

// Server actions of the media library: soft delete, restore, import by Damcorp media ID, and a
// retry of Damcorp's uploadMedia. Uploads themselves go through POST /api/media/upload (a route
// handler, because only it can report upload progress). Viewers may call none of these.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { deleteMedia, restoreMedia } from "@/lib/media/delete-media";
import { importMediaById } from "@/lib/media/import-media-by-id";
import { retryDamcorpUpload } from "@/lib/media/retry-damcorp-upload";
import { importMediaInputSchema, mediaIdInputSchema } from "@/lib/media/schema";

const page = "/media";

export const deleteMediaAction = defineAction({
  name: "media.delete",
  input: mediaIdInputSchema,
  roles: canSend,
  run: async ({ id }, actor) => {
    const item = await deleteMedia(id, actor);
    revalidatePath(page);
    return item;
  },
});

export const restoreMediaAction = defineAction({
  name: "media.restore",
  input: mediaIdInputSchema,
  roles: canSend,
  run: async ({ id }, actor) => {
    const item = await restoreMedia(id, actor);
    revalidatePath(page);
    return item;
  },
});

export const importMediaAction = defineAction({
  name: "media.import",
  input: importMediaInputSchema,
  roles: canSend,
  run: async (input, actor) => {
    const saved = await importMediaById(input, actor);
    revalidatePath(page);
    return saved;
  },
});

export const retryDamcorpUploadAction = defineAction({
  name: "media.retry_damcorp_upload",
  input: mediaIdInputSchema,
  roles: canSend,
  run: async ({ id }) => {
    const saved = await retryDamcorpUpload(id);
    revalidatePath(page);
    return saved;
  },
});
