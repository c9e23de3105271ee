import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileStream } from "./file-stream";

const dir = mkdtempSync(path.join(os.tmpdir(), "kabar-stream-"));
const file = path.join(dir, "data.bin");
const bytes = Buffer.alloc(1024 * 1024, 7);
bytes[12345] = 1;
writeFileSync(file, bytes);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read())
    parts.push(next.value);
  return Buffer.concat(parts);
}

describe("fileStream", () => {
  it("streams the whole file and byte ranges exactly", async () => {
    expect((await readAll(fileStream(file))).equals(bytes)).toBe(true);
    expect(
      (await readAll(fileStream(file, { start: 12340, end: 12349 }))).equals(
        bytes.subarray(12340, 12350),
      ),
    ).toBe(true);
  });

  it("stops quietly when the client goes away mid-file", async () => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on("uncaughtException", onError);
    const reader = fileStream(file).getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((r) => setTimeout(r, 50));
    process.off("uncaughtException", onError);
    expect(errors).toEqual([]);
  });
});
