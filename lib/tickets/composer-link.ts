// The link from a ticket to the composer, addressed to the ticket's customer. The composer reads
// `to` and `ticket` from its URL and puts the number in canonical form itself (on the server,
// app/(app)/composer/page.tsx), so the board needs no phone-number library for its cards.

/** The helpdesk reports numbers as digits with the country code (628…): give them their "+". */
export function customerE164(number: string): string {
  const trimmed = number.trim();
  return /^\d+$/.test(trimmed) && !trimmed.startsWith("0") ? `+${trimmed}` : trimmed;
}

export function composerHref(customerNumber: string, ticketCode: string): string {
  const params = new URLSearchParams({ to: customerE164(customerNumber), ticket: ticketCode });
  return `/composer?${params.toString()}`;
}
