// CSV rows, streamed: bytes → text (the detected encoding) → papaparse with the detected
// separator. Quoted values may hold separators and newlines; a row is a record, not a line.
import { PassThrough, pipeline, type Duplex, type Readable } from "node:stream";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { iconvName } from "./encoding";
import type { ByteCounter, RawRow } from "./raw-row";
import type { SpreadsheetSource } from "./source";
import { SEPARATORS, type Separator, type TextEncodingName } from "./types";

/** Decoded text this long is enough to tell the separator. */
const SAMPLE_CHARS = 64 * 1024;

function countingStream(source: SpreadsheetSource, counter: ByteCounter): Readable {
  const counting = new PassThrough();
  counting.on("data", (chunk: Buffer) => (counter.bytesRead += chunk.length));
  return pipeline(source.open(), counting, () => undefined);
}

/**
 * The separator that splits the sample's lines into the same number of values (papaparse's own
 * guess over , ; tab |); undefined when no candidate appears, i.e. one column.
 */
export function detectSeparator(sample: string): Separator | undefined {
  const lastNewline = sample.lastIndexOf("\n");
  const complete = lastNewline > 0 ? sample.slice(0, lastNewline) : sample;
  const guess = Papa.parse<string[]>(complete, {
    delimitersToGuess: [...SEPARATORS],
    preview: 200,
    skipEmptyLines: true,
  });
  const delimiter = guess.meta.delimiter as Separator;
  const split = guess.data.some((row) => row.length > 1);
  if (split && SEPARATORS.includes(delimiter)) return delimiter;
  return undefined;
}

type ParseChunk = { data: string[][]; meta: { cursor: number } };

/** The line ending papaparse must split on: Excel writes CR LF, others LF, old Macs CR. */
function lineEnding(sample: string): "\r\n" | "\n" | "\r" {
  if (sample.includes("\r\n")) return "\r\n";
  if (sample.includes("\r") && !sample.includes("\n")) return "\r";
  return "\n";
}

export type CsvReading = {
  separator: Separator | undefined;
  /** Rows in batches (one per decoded chunk): fewer async steps per row. */
  rows: AsyncGenerator<RawRow[], void, undefined>;
};

export async function readCsv(
  source: SpreadsheetSource,
  encoding: TextEncodingName,
  counter: ByteCounter,
): Promise<CsvReading> {
  const decoded = pipeline(
    countingStream(source, counter),
    iconv.decodeStream(iconvName[encoding]) as unknown as Duplex,
    () => undefined,
  );
  const texts = decoded[Symbol.asyncIterator]() as AsyncIterator<string>;
  const head: string[] = [];
  let sampleLength = 0;
  let ended = false;
  while (sampleLength < SAMPLE_CHARS) {
    const next = await texts.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    sampleLength += next.value.length;
  }
  const separator = detectSeparator(head.join(""));

  async function* allText() {
    yield* head;
    if (ended) return;
    for (;;) {
      const next = await texts.next();
      if (next.done) return;
      yield next.value;
    }
  }

  const newline = lineEnding(head.join(""));

  // papaparse's chunk parser, fed one decoded chunk at a time: a row cut by the chunk's end
  // (even inside quotes) waits for the next chunk, as papaparse's own streamers do. (Its Node
  // duplex re-parses what is left of a chunk at every pause, which is quadratic.)
  async function* rows(): AsyncGenerator<RawRow[], void, undefined> {
    const parser = new Papa.Parser({
      // A one-column file still needs a delimiter: one that never appears in text.
      delimiter: separator ?? "\u0000",
      newline,
    });
    let partial = "";
    let baseIndex = 0;
    let rowNumber = 0;
    const toRows = (data: string[][]): RawRow[] =>
      data.map((record) => {
        rowNumber += 1;
        return { rowNumber, cells: record, numberCells: record.map(() => false) };
      });
    try {
      for await (const chunk of allText()) {
        const aggregate = partial + chunk;
        const result = parser.parse(aggregate, baseIndex, true) as ParseChunk;
        partial = aggregate.substring(result.meta.cursor - baseIndex);
        baseIndex = result.meta.cursor;
        if (result.data.length > 0) yield toRows(result.data);
      }
      if (partial !== "")
        yield toRows((parser.parse(partial, baseIndex, false) as ParseChunk).data);
    } finally {
      decoded.destroy();
    }
  }

  return { separator, rows: rows() };
}
