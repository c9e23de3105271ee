// How spreadsheet programs mangle numbers when they save text: 6281234567890 becomes
// "6.28123E+12" (scientific notation, last digits lost) and 081234567890 becomes 81234567890.

/** "8.1234567890E+11", "6,28123E+12" (comma decimals in Indonesian settings), "6E+12". */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

export function isScientificNotation(text: string): boolean {
  return SCIENTIFIC.test(text.trim());
}

/** "81234567890.0" or "81234567890,00": a whole number saved as a decimal one. */
const WHOLE_DECIMAL = /^(\d+)[.,]0+$/;

export function wholeDecimalDigits(text: string): string | null {
  return WHOLE_DECIMAL.exec(text.trim())?.[1] ?? null;
}
