// A sender number's send rate: "messages per second or per minute", as an admin sets it in
// Settings and KABAR_DEFAULT_SEND_RATE gives it by default. Pure and without zod: safe for the
// browser's forms (the schema is in pace.ts).
export type SendRate = { limit: number; periodMs: number };

export const RATE_PERIODS = { second: 1000, minute: 60_000 } as const;
export type RatePeriod = keyof typeof RATE_PERIODS;

/** The most a rate may be (a typing mistake of 5000/second should not pass). */
export const MAX_RATE_PER_SECOND = 1000;

/** What a form gives → the rate the engine keeps. */
export function rateOf(parts: { limit: number; per: RatePeriod }): SendRate {
  return { limit: parts.limit, periodMs: RATE_PERIODS[parts.per] };
}

/** Two rates allow the same. */
export function sameRate(a: SendRate, b: SendRate): boolean {
  return a.limit * b.periodMs === b.limit * a.periodMs;
}

/** How an admin sees a rate: 50 per second, 60 per minute. */
export function rateParts(rate: SendRate): { limit: number; per: RatePeriod } {
  return rate.periodMs === RATE_PERIODS.second
    ? { limit: rate.limit, per: "second" }
    : { limit: Math.round((rate.limit * RATE_PERIODS.minute) / rate.periodMs), per: "minute" };
}

export function describeRate(rate: SendRate): string {
  const { limit, per } = rateParts(rate);
  return `${limit} ${limit === 1 ? "message" : "messages"} per ${per}`;
}
