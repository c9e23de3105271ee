import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/** Uploaded spreadsheets and their row reports: <KABAR_DATA_DIR>/imports. */
export function importsDir(): string {
  return path.join(path.resolve(env.KABAR_DATA_DIR), "imports");
}

export async function ensureImportsDir(): Promise<string> {
  const dir = importsDir();
  await mkdir(dir, { recursive: true });
  return dir;
}

export const uploadPathOf = (id: string) => path.join(importsDir(), `${id}.upload`);
export const reportPathOf = (id: string) => path.join(importsDir(), `${id}-report.csv`);
