// A pasted list of recipients ("0812…, 0813…; +1 415…" or one per line) split into numbers,
// normalised, merged when two entries are the same number, and every invalid entry reported
// with its reason and where it is, so the operator can fix exactly that one.
import type { CountryCode } from "libphonenumber-js/max";
import {
  DEFAULT_REGION,
  normalizePhone,
  type NormalizedPhone,
  type PhoneProblem,
} from "./normalize";

/** Numbers are often typed in groups ("0812 3456 7890"); no number needs more groups than this. */
const MAX_GROUPS_PER_NUMBER = 6;

export type ListPosition = {
  /** 1-based order of the entry in the list. */
  position: number;
  /** 1-based line of the text it came from. */
  line: number;
};

export type ListedRecipient = NormalizedPhone & {
  /** Every way the number was written in the list (first one first). */
  inputs: string[];
  positions: number[];
};

export type InvalidListEntry = ListPosition & { input: string; code: PhoneProblem; reason: string };

export type DuplicateListEntry = ListPosition & {
  input: string;
  e164: string;
  /** Position of the entry it repeats. */
  firstPosition: number;
};

export type RecipientListResult = {
  /** Unique numbers, in the order first seen. */
  recipients: ListedRecipient[];
  invalid: InvalidListEntry[];
  duplicates: DuplicateListEntry[];
  /** Entries found, valid or not. */
  totalEntries: number;
};

type RawEntry = { input: string; line: number };

const looksNumeric = (token: string) => /^[+\d\-.()/]+$/.test(token);

/** Joins whitespace-separated groups that together make one valid number, longest first. */
function entriesOfChunk(chunk: string, line: number, region: CountryCode): RawEntry[] {
  const tokens = chunk.trim().split(/\s+/).filter(Boolean);
  const entries: RawEntry[] = [];
  let i = 0;
  while (i < tokens.length) {
    let taken = 1;
    for (let j = Math.min(tokens.length, i + MAX_GROUPS_PER_NUMBER); j > i + 1; j -= 1) {
      const group = tokens.slice(i, j);
      if (group.every(looksNumeric) && normalizePhone(group.join(" "), region).ok) {
        taken = j - i;
        break;
      }
    }
    entries.push({ input: tokens.slice(i, i + taken).join(" "), line });
    i += taken;
  }
  return entries;
}

export function splitRecipientList(text: string, region: CountryCode = DEFAULT_REGION): RawEntry[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((lineText, index) =>
      lineText.split(/[,;]/).flatMap((chunk) => entriesOfChunk(chunk, index + 1, region)),
    );
}

export function parseRecipientList(
  text: string,
  region: CountryCode = DEFAULT_REGION,
): RecipientListResult {
  const entries = splitRecipientList(text, region);
  const byNumber = new Map<string, ListedRecipient>();
  const invalid: InvalidListEntry[] = [];
  const duplicates: DuplicateListEntry[] = [];

  entries.forEach((entry, index) => {
    const position = index + 1;
    const result = normalizePhone(entry.input, region);
    if (!result.ok) {
      invalid.push({
        input: entry.input,
        position,
        line: entry.line,
        code: result.code,
        reason: result.reason,
      });
      return;
    }
    const existing = byNumber.get(result.e164);
    if (existing) {
      existing.inputs.push(entry.input);
      existing.positions.push(position);
      duplicates.push({
        input: entry.input,
        position,
        line: entry.line,
        e164: result.e164,
        firstPosition: existing.positions[0] ?? position,
      });
      return;
    }
    byNumber.set(result.e164, { ...result, inputs: [entry.input], positions: [position] });
  });

  return { recipients: [...byNumber.values()], invalid, duplicates, totalEntries: entries.length };
}
