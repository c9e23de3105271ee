import "server-only";
import { access, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { ReceivedMedia } from "./receive-media-stream";
import type { MediaSource } from "./schema";
import { absoluteMediaPath, storagePathFor } from "./storage";
import { withCreatorName, type MediaAssetWithCreator } from "./to-media-item";

export interface SavedMedia {
  asset: MediaAssetWithCreator;
  /** The same bytes were already in the library; that item is returned (its name is kept). */
  duplicate: boolean;
  /** That existing item had been deleted and is now restored. */
  restored: boolean;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Moves the temp file to its content-addressed place (unless an identical file is there). */
async function placeFile(received: ReceivedMedia): Promise<string> {
  const storagePath = storagePathFor(received.sha256);
  const target = absoluteMediaPath(storagePath);
  if (await exists(target)) {
    await rm(received.tempPath, { force: true });
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    await rename(received.tempPath, target);
  }
  return storagePath;
}

/**
 * Files a received upload in the library, deduplicated by content hash: the same bytes give back
 * the existing item (restored if it was deleted, given the Damcorp ID if it had none).
 */
export async function saveReceivedMedia(
  received: ReceivedMedia,
  meta: {
    name: string;
    source: MediaSource;
    createdById: string | null;
    damcorpId?: string | null;
  },
): Promise<SavedMedia> {
  const storagePath = await placeFile(received);
  const existing = await db.mediaAsset.findUnique({ where: { sha256: received.sha256 } });
  if (existing) return reuse(existing.id, existing.deletedAt !== null, existing.damcorpId, meta);

  try {
    const asset = await db.mediaAsset.create({
      data: {
        kind: received.kind,
        name: meta.name,
        mimeType: received.mimeType,
        size: received.size,
        sha256: received.sha256,
        storagePath,
        damcorpId: meta.damcorpId ?? null,
        source: meta.source,
        createdById: meta.createdById,
      },
      include: withCreatorName,
    });
    return { asset, duplicate: false, restored: false };
  } catch (error) {
    // Two uploads of the same bytes at once: the other one created the row first.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.mediaAsset.findUniqueOrThrow({ where: { sha256: received.sha256 } });
    return reuse(winner.id, winner.deletedAt !== null, winner.damcorpId, meta);
  }
}

async function reuse(
  id: string,
  wasDeleted: boolean,
  damcorpId: string | null,
  meta: { damcorpId?: string | null },
): Promise<SavedMedia> {
  const asset = await db.mediaAsset.update({
    where: { id },
    data: {
      ...(wasDeleted ? { deletedAt: null } : {}),
      ...(!damcorpId && meta.damcorpId ? { damcorpId: meta.damcorpId } : {}),
    },
    include: withCreatorName,
  });
  return { asset, duplicate: true, restored: wasDeleted };
}
