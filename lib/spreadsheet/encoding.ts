// Which text encoding a CSV file uses. People's CSV files come from Excel on Windows (Windows-1252
// or UTF-16 "Unicode text"), from Google Sheets and Numbers (UTF-8), with or without a byte-order
// mark. A byte-order mark decides; otherwise UTF-16 shows in its zero bytes, and text that is not
// valid UTF-8 anywhere in the file is Windows-1252 (every byte is a character there).
import type { Readable } from "node:stream";
import { looksLikeUtf16 } from "./detect-format";
import type { SpreadsheetSource } from "./source";
import type { TextEncodingName } from "./types";

/** True when the whole stream is valid UTF-8 (checked chunk by chunk, in flat memory). */
async function isValidUtf8(stream: Readable): Promise<boolean> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of stream) decoder.decode(chunk as Uint8Array, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  } finally {
    stream.destroy();
  }
}

export async function detectEncoding(
  source: SpreadsheetSource,
  start: Uint8Array,
): Promise<TextEncodingName> {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return "utf-8-bom";
  const utf16 = looksLikeUtf16(start);
  if (utf16) return utf16;
  return (await isValidUtf8(source.open())) ? "utf-8" : "windows-1252";
}

/** iconv-lite's name for each encoding (it removes a byte-order mark itself). */
export const iconvName: Record<TextEncodingName, string> = {
  "utf-8": "utf8",
  "utf-8-bom": "utf8",
  "utf-16le": "utf16le",
  "utf-16be": "utf16be",
  "windows-1252": "win1252",
};
