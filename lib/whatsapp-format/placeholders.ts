// Template placeholders {{1}} … {{n}}: counting them tells how many parameters Damcorp expects
// (a wrong count is Damcorp's error 2000), filling them produces what the recipient reads.

const PLACEHOLDER = /\{\{\s*(\d{1,3})\s*\}\}/g;

export interface PlaceholderReport {
  /** Parameters the text needs: the highest index used. */
  count: number;
  /** Indexes used, ascending and unique. */
  indexes: number[];
  /** Indexes between 1 and count that never appear (WhatsApp rejects such templates). */
  missing: number[];
}

export function countPlaceholders(text: string): PlaceholderReport {
  const indexes = [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => Number(m[1])))]
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const count = indexes.length ? indexes[indexes.length - 1]! : 0;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(
    (n) => !indexes.includes(n),
  );
  return { count, indexes, missing };
}

/**
 * Substitutes parameter values; empty or missing values keep their {{n}} so the preview can mark
 * them as unfilled. Values are inserted as text first, then formatted with the rest, as WhatsApp does.
 */
export function fillPlaceholders(text: string, values: readonly (string | undefined)[]): string {
  return text.replace(PLACEHOLDER, (whole, n: string) => {
    const value = values[Number(n) - 1];
    return value ? value : `{{${Number(n)}}}`;
  });
}
