import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

// Where media files live: <KABAR_DATA_DIR>/media/<sha256>, named by content so the same bytes
// are stored once. Uploads land in <data>/media/tmp first (same disk, so the final move is an
// atomic rename). Paths in the database are relative to the data folder, so it can move.

export function dataDir(): string {
  return path.resolve(env.KABAR_DATA_DIR);
}

export function mediaTempDir(): string {
  return path.join(dataDir(), "media", "tmp");
}

/** The database's storagePath for a content hash. */
export function storagePathFor(sha256: string): string {
  return `media/${sha256}`;
}

/** The absolute file of a storagePath; refuses paths that would leave the data folder. */
export function absoluteMediaPath(storagePath: string): string {
  const root = dataDir();
  const full = path.resolve(root, storagePath);
  if (!full.startsWith(`${root}${path.sep}`)) {
    throw new Error(`Media storage path escapes the data folder: ${storagePath}`);
  }
  return full;
}
