import "server-only";
import { randomUUID } from "node:crypto";
import { open, rm } from "node:fs/promises";
import path from "node:path";
import { ExpectedError } from "@/lib/errors/expected-error";
import { ensureImportsDir } from "./storage";

/** 100,000 contacts with a dozen columns are about 15 MB as CSV; this leaves room. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const tooLarge = () =>
  new ExpectedError(
    "too_large",
    "The file is larger than 50 MB. Split it into smaller files, or remove columns Kabar does not need.",
  );

/** Streams an upload to a file in the imports folder, one chunk in memory at a time. */
export async function receiveUpload(
  body: ReadableStream<Uint8Array>,
  declaredSize: number | null,
): Promise<{ path: string; size: number }> {
  if (declaredSize !== null && declaredSize > MAX_IMPORT_BYTES) {
    await body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const file = path.join(await ensureImportsDir(), `${randomUUID()}.part`);
  const handle = await open(file, "wx");
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_IMPORT_BYTES) throw tooLarge();
      await handle.write(value);
    }
    if (declaredSize !== null && size !== declaredSize)
      throw new ExpectedError("incomplete", "The upload was cut short. Try again.");
    await handle.close();
    return { path: file, size };
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await handle.close().catch(() => undefined);
    await rm(file, { force: true });
    throw error;
  }
}
