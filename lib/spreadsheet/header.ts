// The header row: present or not (a file may start straight with data), and the columns it names.
import { isScientificNotation } from "./number-text";
import type { RawRow } from "./raw-row";
import type { SpreadsheetColumn } from "./types";

/** "A", "B", … "Z", "AA": a column as spreadsheet programs name it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const PHONE_LIKE = /^\+?[\d\s\-.()]{8,20}$/;
const NUMBER_LIKE = /^[+-]?[\d\s.,/:()-]+$/;

/**
 * Why the first row looks like data rather than column names, or null when it reads as a
 * header. Column names are words; a phone number, a number Excel stored, or a row of numbers
 * is data.
 */
export function dataRowReason(row: RawRow): string | null {
  const filled = row.cells.map((c, i) => ({ text: c.trim(), i })).filter((c) => c.text !== "");
  for (const { text, i } of filled) {
    if (
      isScientificNotation(text) ||
      (PHONE_LIKE.test(text) && text.replace(/\D/g, "").length >= 8)
    )
      return `The first row holds “${text}”, which looks like a phone number, not a column name.`;
    if (row.numberCells[i])
      return `The first row holds the number ${text}, and column names are words.`;
  }
  const numbers = filled.filter((c) => NUMBER_LIKE.test(c.text));
  if (filled.length > 0 && numbers.length * 2 >= filled.length && numbers[0])
    return `The first row holds numbers such as “${numbers[0].text}”, and column names are words.`;
  return null;
}

/** Cells after the last non-empty one (Excel often writes trailing separators). */
export function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === "") end -= 1;
  return end === cells.length ? cells : cells.slice(0, end);
}

export function headerColumns(header: string[]): SpreadsheetColumn[] {
  const seen = new Map<string, { count: number; first: number }>();
  return trimTrailingEmpty(header).map((raw, index) => {
    const letter = columnLetter(index);
    const text = raw.trim();
    if (text === "")
      return {
        index,
        name: `Column ${letter}`,
        note: `Column ${letter} has no name in the header row.`,
      };
    const key = text.toLowerCase();
    const known = seen.get(key);
    if (!known) {
      seen.set(key, { count: 1, first: index });
      return { index, name: text };
    }
    known.count += 1;
    const name = `${text} (${known.count})`;
    return {
      index,
      name,
      note: `Column ${letter} has the same name as column ${columnLetter(known.first)}, so it is called “${name}”.`,
    };
  });
}

export function unnamedColumns(count: number): SpreadsheetColumn[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    name: `Column ${columnLetter(index)}`,
  }));
}
