// Search over the tickets already loaded: the helpdesk API cannot search, so the board filters
// what it has and says so. Numbers match however they are typed (0812…, +62 812…, 62812…).
import type { TicketCard } from "./types";

function digitVariants(query: string): string[] {
  const digits = query.replace(/\D/g, "");
  if (digits.length < 3 || /[\p{L}]/u.test(query)) return [];
  // Indonesian numbers are stored as 62…; people type 08… or 8….
  if (digits.startsWith("0")) return [digits, `62${digits.slice(1)}`];
  if (digits.startsWith("8")) return [digits, `62${digits}`];
  return [digits];
}

/** Whether a card matches every word of the query (customer, number, problem or code). */
export function matchesSearch(card: TicketCard, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  const numbers = digitVariants(q);
  if (numbers.length > 0) {
    const number = card.customerNumber?.replace(/\D/g, "") ?? "";
    if (numbers.some((n) => number.includes(n))) return true;
  }
  const haystack = [card.customerName, card.problem, card.code, `#${card.code}`]
    .filter(Boolean)
    .join("\n")
    .toLocaleLowerCase();
  return q
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}
