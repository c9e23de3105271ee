import { describe, expect, it } from "vitest";
import { parseRecipientList } from "./recipient-list";

describe("parseRecipientList", () => {
  it("splits on commas, semicolons, whitespace and newlines", () => {
    const result = parseRecipientList(
      "081234567890,081298765432;+14155552671\n081311112222 081399998888\r\n\t085123456789",
    );
    expect(result.recipients.map((r) => r.e164)).toStrictEqual([
      "+6281234567890",
      "+6281298765432",
      "+14155552671",
      "+6281311112222",
      "+6281399998888",
      "+6285123456789",
    ]);
    expect(result.invalid).toStrictEqual([]);
    expect(result.totalEntries).toBe(6);
  });

  it("keeps a number typed in groups together", () => {
    const result = parseRecipientList("0812 3456 7890\n+62 813 1111 2222, +1 415 555 2671");
    expect(result.recipients.map((r) => [r.e164, r.inputs])).toStrictEqual([
      ["+6281234567890", ["0812 3456 7890"]],
      ["+6281311112222", ["+62 813 1111 2222"]],
      ["+14155552671", ["+1 415 555 2671"]],
    ]);
  });

  it("merges duplicates written differently and reports them", () => {
    const result = parseRecipientList(
      "081234567890, +62 812-3456-7890\n6281234567890; 81234567890",
    );
    expect(result.recipients).toHaveLength(1);
    expect(result.recipients[0]).toMatchObject({
      e164: "+6281234567890",
      inputs: ["081234567890", "+62 812-3456-7890", "6281234567890", "81234567890"],
      positions: [1, 2, 3, 4],
    });
    expect(result.duplicates).toStrictEqual([
      {
        input: "+62 812-3456-7890",
        position: 2,
        line: 1,
        e164: "+6281234567890",
        firstPosition: 1,
      },
      { input: "6281234567890", position: 3, line: 2, e164: "+6281234567890", firstPosition: 1 },
      { input: "81234567890", position: 4, line: 2, e164: "+6281234567890", firstPosition: 1 },
    ]);
  });

  it("reports each invalid entry with its reason and position", () => {
    const result = parseRecipientList("081234567890\nhello, 0812\n\n14155552671;0812#99");
    expect(result.recipients.map((r) => r.e164)).toStrictEqual(["+6281234567890"]);
    expect(result.invalid).toStrictEqual([
      {
        input: "hello",
        position: 2,
        line: 2,
        code: "letters",
        reason: '"hello" contains letters; a phone number has only digits',
      },
      { input: "0812", position: 3, line: 2, code: "too_short", reason: "The number is too short" },
      {
        input: "14155552671",
        position: 4,
        line: 4,
        code: "invalid_for_country",
        reason:
          "The number is not a valid number for Indonesia. For a number outside Indonesia, start with + and the country code",
      },
      {
        input: "0812#99",
        position: 5,
        line: 4,
        code: "invalid_characters",
        reason: '"0812#99" contains characters a phone number cannot have: #',
      },
    ]);
  });

  it("empty input and stray separators give nothing", () => {
    expect(parseRecipientList("")).toStrictEqual({
      recipients: [],
      invalid: [],
      duplicates: [],
      totalEntries: 0,
    });
    expect(parseRecipientList(" ,, ;\n\n ; ")).toStrictEqual({
      recipients: [],
      invalid: [],
      duplicates: [],
      totalEntries: 0,
    });
  });

  // Correctness at size only: a wall-clock limit fails on a busy machine (speed is for benchmarks).
  it("handles a long list", () => {
    const numbers = Array.from({ length: 2000 }, (_, i) => `0812${String(10_000_000 + i)}`);
    const result = parseRecipientList(numbers.join(" "));
    expect(result.recipients).toHaveLength(2000);
    expect(result.recipients.at(-1)?.e164).toBe("+6281210001999");
  });
});
