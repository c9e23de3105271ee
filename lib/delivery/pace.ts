// A send rate's schema for forms and settings (zod): the rate itself and how it reads are in
// send-rate.ts, which the browser's forms import without zod.
import { z } from "zod";
import { MAX_RATE_PER_SECOND, RATE_PERIODS, type RatePeriod, type SendRate } from "./send-rate";

export * from "./send-rate";

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

/** "60/minute", "50/second" → a rate; null when it cannot be read. */
export function parseSendRate(text: string): SendRate | null {
  const match = /^\s*(\d+)\s*\/\s*(second|minute|s|min)\s*$/i.exec(text);
  if (!match) return null;
  const per = match[2]!.toLowerCase().startsWith("s") ? "second" : "minute";
  const parsed = sendRateSchema.safeParse({ limit: match[1], per });
  return parsed.success ? { limit: parsed.data.limit, periodMs: RATE_PERIODS[per] } : null;
}
