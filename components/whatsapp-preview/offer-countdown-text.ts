// The wording of a limited-time offer's countdown, as WhatsApp shows it above the offer code.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Offer ends in 2 days 4 h", "Offer ends in 3 h 12 min", "Offer ends in 5 min",
 * "Offer ends in 40 s", or "Offer ended". Units are truncated, never rounded up, so the offer
 * never looks longer than it is.
 */
export function describeOfferCountdown(expiresAt: Date, now: Date): string {
  const left = expiresAt.getTime() - now.getTime();
  if (!Number.isFinite(left)) return "Offer expiry is not a valid date";
  if (left <= 0) return "Offer ended";
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  if (days > 0) {
    return `Offer ends in ${plural(days, "day", "days")}${hours > 0 ? ` ${hours} h` : ""}`;
  }
  if (hours > 0) return `Offer ends in ${hours} h${minutes > 0 ? ` ${minutes} min` : ""}`;
  if (minutes > 0) return `Offer ends in ${minutes} min`;
  return `Offer ends in ${Math.floor(left / 1000)} s`;
}
