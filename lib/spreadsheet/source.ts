// Where a spreadsheet's bytes come from. The reader opens a source more than once (it sniffs the
// start, checks the text encoding over the whole file, then reads), so a source is something
// that can be opened again: a file on disk, or bytes already in memory (tests, pasted text).
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";

export type SpreadsheetSource = {
  /** The file name as uploaded (its extension helps tell CSV from XLSX). */
  name: string;
  size: number;
  open: () => Readable;
};

export function fileSource(path: string, name: string): SpreadsheetSource {
  return { name, size: statSync(path).size, open: () => createReadStream(path) };
}

export function bytesSource(bytes: Uint8Array, name: string): SpreadsheetSource {
  const buffer = Buffer.from(bytes);
  // Several chunks, like a file read, so chunk boundaries are exercised in tests too.
  const chunkSize = 16 * 1024;
  return {
    name,
    size: buffer.length,
    open: () =>
      Readable.from(
        (function* () {
          for (let at = 0; at < buffer.length; at += chunkSize)
            yield buffer.subarray(at, at + chunkSize);
        })(),
      ),
  };
}

/** Text typed or pasted (e.g. rows copied from a spreadsheet program: tab-separated). */
export function textSource(text: string, name = "pasted.txt"): SpreadsheetSource {
  return bytesSource(Buffer.from(text, "utf8"), name);
}

/** The first `max` bytes of a source (fewer when the file is shorter). */
export async function readStart(source: SpreadsheetSource, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  const stream = source.open();
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      chunks.push(buffer);
      length += buffer.length;
      if (length >= max) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, max);
}
