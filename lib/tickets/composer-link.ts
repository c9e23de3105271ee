// The link from a ticket to the composer, addressed to the ticket's customer. The composer reads
// `to` and `ticket` from its URL.
import { normalizePhone } from "@/lib/phone/normalize";

/** The helpdesk reports numbers as digits with the country code (628…): give them their "+". */
export function customerE164(number: string): string {
  const trimmed = number.trim();
  const candidate = /^\d+$/.test(trimmed) && !trimmed.startsWith("0") ? `+${trimmed}` : trimmed;
  const phone = normalizePhone(candidate);
  return phone.ok ? phone.e164 : trimmed;
}

export function composerHref(customerNumber: string, ticketCode: string): string {
  const params = new URLSearchParams({ to: customerE164(customerNumber), ticket: ticketCode });
  return `/composer?${params.toString()}`;
}
