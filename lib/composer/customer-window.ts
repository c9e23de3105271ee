import "server-only";
import { noteHelpdeskTickets } from "@/lib/contacts/from-helpdesk";
import { getTicket, listTickets, type DamcorpClient, type Ticket } from "@/lib/damcorp";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { digitsOf } from "@/lib/phone/normalize";
import { dayInZone } from "@/lib/time/format";
import type { CustomerWindow } from "./customer-window-schema";

// WhatsApp's 24-hour rule, looked up in the helpdesk: a session (non-template) message reaches a
// customer only within 24 hours of their last message. The helpdesk's tickets carry the
// customers' messages (USER_ANSWER); when it cannot be asked, the answer is "unknown", said
// plainly, and never blocks a send (Damcorp has the last word with its 470).

export const CUSTOMER_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Tickets created this many days back are searched for the customer's last message. */
export const LOOKBACK_DAYS = 7;
/** Ticket reads are reused for this long: the composer asks again as the operator types. */
const CACHE_MS = 30_000;

export type { CustomerWindow };

type LastMessages = Map<string, Date>;

function addTicket(into: LastMessages, ticket: Ticket) {
  const digits = ticket.customerNumber ? digitsOf(ticket.customerNumber) : null;
  if (!digits) return;
  for (const message of ticket.messages ?? []) {
    if (message.type !== "USER_ANSWER" || !message.createdAt) continue;
    const known = into.get(digits);
    if (!known || message.createdAt > known) into.set(digits, message.createdAt);
  }
}

class HelpdeskUnavailable extends Error {}

async function readRecent(client: DamcorpClient, now: Date): Promise<LastMessages> {
  const zone = env.HELPDESK_TIME_ZONE;
  const startDate = dayInZone(new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000), zone);
  const endDate = dayInZone(now, zone);
  const out: LastMessages = new Map();
  for (const status of ["open", "processing", "closed"] as const) {
    const result = await listTickets(client, status, { startDate, endDate, withMessage: true });
    if (result.outcome !== "accepted") throw new HelpdeskUnavailable(result.error.meaning);
    result.report.tickets.forEach((ticket) => addTicket(out, ticket));
    await noteHelpdeskTickets(result.report.tickets); // a stop word in them opts out
  }
  return out;
}

async function readTicket(client: DamcorpClient, ticketCode: string): Promise<LastMessages> {
  const result = await getTicket(client, ticketCode, { withMessage: true });
  if (result.outcome !== "accepted") throw new HelpdeskUnavailable(result.error.meaning);
  const out: LastMessages = new Map();
  result.report.tickets.forEach((ticket) => addTicket(out, ticket));
  await noteHelpdeskTickets(result.report.tickets);
  return out;
}

const cache = new Map<string, { expires: number; value: Promise<LastMessages> }>();

function cached(key: string, fresh: boolean, read: () => Promise<LastMessages>) {
  const hit = cache.get(key);
  if (!fresh && hit && hit.expires > Date.now()) return hit.value;
  const value = read();
  cache.set(key, { expires: Date.now() + CACHE_MS, value });
  value.catch(() => cache.delete(key)); // a failure is asked again next time
  return value;
}

function unknownFor(numbers: readonly string[], reason: string): CustomerWindow[] {
  return numbers.map((number) => ({ number, state: "unknown", reason }));
}

/**
 * For each number (E.164): is the 24-hour window open, closed, not known from the helpdesk's
 * recent tickets (no_recent), or unknown (the helpdesk could not be asked)? `ticketCode` (the
 * compose started from a ticket) is read as well, so its customer's latest message counts even
 * when the ticket is older than the look-back.
 */
export async function getCustomerWindows(
  numbers: readonly string[],
  /** `fresh` skips the short cache (the operator asked to check again). */
  options: { ticketCode?: string; now?: Date; fresh?: boolean } = {},
): Promise<CustomerWindow[]> {
  if (numbers.length === 0) return [];
  const now = options.now ?? new Date();
  let client: DamcorpClient;
  try {
    client = await getHelpdeskClient();
  } catch (error) {
    if (error instanceof ExpectedError) {
      return unknownFor(
        numbers,
        "The helpdesk is not connected (no api-key in Settings), so Kabar cannot tell when this customer last wrote.",
      );
    }
    throw error;
  }

  let last: LastMessages;
  try {
    const fresh = options.fresh ?? false;
    const day = dayInZone(now, env.HELPDESK_TIME_ZONE);
    const reads = [cached(`recent:${day}`, fresh, () => readRecent(client, now))];
    const code = options.ticketCode?.trim();
    if (code) reads.push(cached(`ticket:${code}`, fresh, () => readTicket(client, code)));
    last = new Map();
    for (const map of await Promise.all(reads)) {
      for (const [digits, at] of map) {
        const known = last.get(digits);
        if (!known || at > known) last.set(digits, at);
      }
    }
  } catch (error) {
    if (!(error instanceof HelpdeskUnavailable)) logger.warn("customer window lookup", { error });
    const why = error instanceof HelpdeskUnavailable ? ` (${error.message})` : "";
    return unknownFor(
      numbers,
      `The helpdesk could not be asked when this customer last wrote${why}.`,
    );
  }

  return numbers.map((number): CustomerWindow => {
    const digits = digitsOf(number);
    const at = digits ? last.get(digits) : undefined;
    // Nothing found is not "closed": the helpdesk only holds some conversations, for a while.
    if (!at) return { number, state: "no_recent", lookbackDays: LOOKBACK_DAYS };
    const closesAt = new Date(at.getTime() + CUSTOMER_WINDOW_MS);
    return closesAt > now
      ? { number, state: "open", lastCustomerMessageAt: at, closesAt }
      : { number, state: "closed", lastCustomerMessageAt: at };
  });
}
