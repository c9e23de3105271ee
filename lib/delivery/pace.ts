// A sender number's send rate: "messages per second or per minute", as an admin sets it in
// Settings and KABAR_DEFAULT_SEND_RATE gives it by default. Pure; safe for client and server.
import { z } from "zod";

export type SendRate = { limit: number; periodMs: number };

export const RATE_PERIODS = { second: 1000, minute: 60_000 } as const;
export type RatePeriod = keyof typeof RATE_PERIODS;

/** The most a rate may be (a typing mistake of 5000/second should not pass). */
export const MAX_RATE_PER_SECOND = 1000;

/** A rate's fields as a form sends them ("50", "second"); a schema for a form is built from them. */
export const sendRateFields = {
  limit: z.coerce
    .number({ message: "Enter a number of messages" })
    .int("Enter a whole number of messages")
    .min(1, "At least 1 message"),
  per: z.enum(["second", "minute"], { message: "Choose per second or per minute" }),
};

/** The refinement every rate form applies: at most MAX_RATE_PER_SECOND, said next to the number. */
export const withinMaxRate: [
  (r: { limit: number; per: RatePeriod }) => boolean,
  { message: string; path: string[] },
] = [
  (r) => (r.limit * 1000) / RATE_PERIODS[r.per] <= MAX_RATE_PER_SECOND,
  { message: `At most ${MAX_RATE_PER_SECOND} messages per second`, path: ["limit"] },
];

export const sendRateSchema = z.object(sendRateFields).refine(...withinMaxRate);

/** What a form gives → the rate the engine keeps. */
export function rateOf(parts: { limit: number; per: RatePeriod }): SendRate {
  return { limit: parts.limit, periodMs: RATE_PERIODS[parts.per] };
}

/** Two rates allow the same. */
export function sameRate(a: SendRate, b: SendRate): boolean {
  return a.limit * b.periodMs === b.limit * a.periodMs;
}

/** "60/minute", "50/second" → a rate; null when it cannot be read. */
export function parseSendRate(text: string): SendRate | null {
  const match = /^\s*(\d+)\s*\/\s*(second|minute|s|min)\s*$/i.exec(text);
  if (!match) return null;
  const per = match[2]!.toLowerCase().startsWith("s") ? "second" : "minute";
  const parsed = sendRateSchema.safeParse({ limit: match[1], per });
  return parsed.success ? { limit: parsed.data.limit, periodMs: RATE_PERIODS[per] } : null;
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
