import "server-only";
import type { Ticket } from "@/lib/damcorp";
import { db } from "@/lib/db/client";
import { customerE164 } from "@/lib/tickets/composer-link";
import { optOutNumber } from "./opt-out-number";
import { stopWordOf } from "./stop-words";

type StopMessage = { e164: string; ticketCode: string; at: Date | null; body: string };

/** The newest stop message of each customer in these conversations. */
export function stopMessagesOf(tickets: readonly Ticket[]): StopMessage[] {
  const newest = new Map<string, StopMessage>();
  for (const ticket of tickets) {
    if (!ticket.customerNumber || !ticket.messages) continue;
    const e164 = customerE164(ticket.customerNumber);
    if (!e164.startsWith("+")) continue;
    for (const message of ticket.messages) {
      if (message.type !== "USER_ANSWER" || !stopWordOf(message.body)) continue;
      const known = newest.get(e164);
      const later = !known || (message.createdAt && (!known.at || message.createdAt > known.at));
      if (later)
        newest.set(e164, {
          e164,
          ticketCode: ticket.ticketCode,
          at: message.createdAt,
          body: message.body!.trim(),
        });
    }
  }
  return [...newest.values()];
}

/**
 * Opts out every customer whose message in these conversations is a stop word, with the ticket
 * as the source. A stop word older than an explicit opt-in is not read again as new (an untimed
 * one is then ignored too: it cannot be shown to be newer).
 */
export async function recordStopWordOptOuts(tickets: readonly Ticket[]): Promise<string[]> {
  const stops = stopMessagesOf(tickets);
  if (stops.length === 0) return [];
  const known = new Map(
    (
      await db.optOut.findMany({
        where: { e164: { in: stops.map((s) => s.e164) } },
        select: { e164: true, state: true, optedInAt: true },
      })
    ).map((row) => [row.e164, row]),
  );
  const optedOut: string[] = [];
  for (const stop of stops) {
    const row = known.get(stop.e164);
    if (row?.state === "opted_out") continue;
    if (row?.optedInAt && (!stop.at || stop.at <= row.optedInAt)) continue;
    const { changed } = await optOutNumber(stop.e164, {
      source: "ticket",
      reason: `The customer wrote “${stop.body}” in ticket #${stop.ticketCode}.`,
      ticketCode: stop.ticketCode,
      actor: null,
      at: stop.at ?? new Date(),
    });
    if (changed) optedOut.push(stop.e164);
  }
  return optedOut;
}
