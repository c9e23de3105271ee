// WhatsApp's 24-hour rule as the ticket panel explains it: a free-form (session) message may be
// sent only within 24 hours of the customer's last message; after that only a template.
export const CUSTOMER_WINDOW_MS = 24 * 60 * 60 * 1000;

export type CustomerWindow =
  | { open: true; closesAt: Date; remainingMs: number }
  | { open: false; lastCustomerMessageAt: Date | null };

export function customerWindow(
  lastCustomerMessageAt: string | Date | null,
  now: Date,
): CustomerWindow {
  if (!lastCustomerMessageAt) return { open: false, lastCustomerMessageAt: null };
  const last = new Date(lastCustomerMessageAt);
  const closesAt = new Date(last.getTime() + CUSTOMER_WINDOW_MS);
  const remainingMs = closesAt.getTime() - now.getTime();
  return remainingMs > 0
    ? { open: true, closesAt, remainingMs }
    : { open: false, lastCustomerMessageAt: last };
}

/** "3 h 5 min", "12 min": how long the window stays open. */
export function formatRemaining(ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
