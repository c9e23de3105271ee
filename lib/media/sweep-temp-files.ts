import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { logger } from "@/lib/log/logger";
import { mediaTempDir } from "./storage";

/** An upload older than this in the temp folder was cut off by a crash or restart. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
let lastSweep = 0;

/**
 * Removes temp files left by uploads that never finished (the process stopped mid-stream), at
 * most once an hour per process. Never throws: a failed sweep must not fail an upload.
 */
export async function sweepStaleTempFiles(now = Date.now()): Promise<number> {
  if (now - lastSweep < SWEEP_EVERY_MS) return 0;
  lastSweep = now;
  let removed = 0;
  try {
    const dir = mediaTempDir();
    for (const name of await readdir(dir)) {
      if (!name.endsWith(".part")) continue;
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > STALE_AFTER_MS) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
  } catch (error) {
    logger.warn("media temp sweep failed", { error });
  }
  if (removed > 0) logger.info("media temp sweep", { removed });
  return removed;
}
