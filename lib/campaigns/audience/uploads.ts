import "server-only";
import { randomUUID } from "node:crypto";
import { access, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors/expected-error";
import { receiveUpload } from "@/lib/contacts/import/receive-upload";
import { fileSource, type SpreadsheetSource } from "@/lib/spreadsheet";

/** Audience spreadsheets: <KABAR_DATA_DIR>/campaign-uploads/<uploadId>.upload. */
const uploadsDir = () => path.join(path.resolve(env.KABAR_DATA_DIR), "campaign-uploads");
const uploadPathOf = (uploadId: string) => path.join(uploadsDir(), `${uploadId}.upload`);

/** Streams an uploaded audience file to disk (the contacts import's receiver and limits). */
export async function storeAudienceUpload(
  body: ReadableStream<Uint8Array>,
  declaredSize: number | null,
): Promise<{ uploadId: string; size: number }> {
  const received = await receiveUpload(body, declaredSize);
  const uploadId = randomUUID();
  try {
    await mkdir(uploadsDir(), { recursive: true });
    await rename(received.path, uploadPathOf(uploadId));
  } catch (error) {
    await rm(received.path, { force: true });
    throw error;
  }
  return { uploadId, size: received.size };
}

export async function openAudienceUpload(
  uploadId: string,
  fileName: string,
): Promise<SpreadsheetSource> {
  const file = uploadPathOf(uploadId);
  try {
    await access(file);
  } catch {
    throw new NotFoundError("This uploaded file");
  }
  return fileSource(file, fileName);
}
