// One way to show a phone number on every screen (history, board, contacts, composer): E.164 with
// its plus (+6281234567890), whatever way Damcorp, the helpdesk or a person wrote it. Light on
// purpose (no phone-number library in every page's bundle): Damcorp's own rule, where a number
// starting with 8 or 08 is Indonesian and other bare digits start with their country code. A
// number that cannot be read is shown as written, so nothing is hidden.
export function displayNumber(written: string): string {
  const trimmed = written.trim();
  const compact = trimmed.replace(/[\s().-]/g, "");
  const match = /^(\+?)(\d{5,15})$/.exec(compact);
  if (!match) return trimmed;
  const [, plus, digits] = match as unknown as [string, string, string];
  if (plus) return `+${digits}`;
  if (digits.startsWith("0")) return `+62${digits.slice(1)}`;
  if (digits.startsWith("8")) return `+62${digits}`;
  return `+${digits}`;
}
