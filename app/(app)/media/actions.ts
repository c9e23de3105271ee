"use server";

// Server actions of the media library: soft delete, restore, import by Damcorp media ID, and a
// retry of Damcorp's uploadMedia. Uploads themselves go through POST /api/media/upload (a route
// handler, because only it can report upload progress). Viewers may call none of these.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
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
  run: async ({ id }, ctx) => {
    const item = await deleteMedia(id, ctx.user);
    await recordAuditEvent({
      action: "media.deleted",
      actor: ctx.user,
      target: `media ${id}`,
      ip: ctx.ip,
    });
    revalidatePath(page);
    return item;
  },
});

export const restoreMediaAction = defineAction({
  name: "media.restore",
  input: mediaIdInputSchema,
  roles: canSend,
  run: async ({ id }, ctx) => {
    const item = await restoreMedia(id, ctx.user);
    await recordAuditEvent({
      action: "media.restored",
      actor: ctx.user,
      target: `media ${id}`,
      ip: ctx.ip,
    });
    revalidatePath(page);
    return item;
  },
});

export const importMediaAction = defineAction({
  name: "media.import",
  input: importMediaInputSchema,
  roles: canSend,
  run: async (input, ctx) => {
    const saved = await importMediaById(input, ctx.user);
    await recordAuditEvent({
      action: "media.imported",
      actor: ctx.user,
      target: `media ${saved.asset.id}`,
      ip: ctx.ip,
      detail: { damcorpId: input.mediaId },
    });
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
