import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CsvRowCounter } from "./csv-row-counter";

describe("CsvRowCounter", () => {
  it("counts records across chunks, ignoring line breaks and quotes inside fields", () => {
    const csv =
      Papa.unparse(
        [
          ["a", "b"],
          ["line\r\nbreak", 'say "hi"'],
          ["plain", "x"],
          ['"quoted"\nand broken', ""],
        ],
        { newline: "\r\n" },
      ) + "\r\n";
    for (const size of [1, 2, 3, 7, csv.length]) {
      const counter = new CsvRowCounter();
      for (let i = 0; i < csv.length; i += size) counter.push(csv.slice(i, i + size));
      expect(counter.records, `chunks of ${size}`).toBe(4);
    }
  });
});
