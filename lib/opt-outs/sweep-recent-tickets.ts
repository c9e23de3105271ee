import "server-only";
import { noteHelpdeskTickets } from "@/lib/contacts/from-helpdesk";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { listTickets, type Ticket } from "@/lib/damcorp";
import { ExpectedError } from "@/lib/errors/expected-error";
import { logger } from "@/lib/log/logger";
import { dayInZone } from "@/lib/time/format";

/**
 * The helpdesk lists tickets by the day they were created: open and processing tickets are read
 * this far back (a customer may answer an old ticket), closed ones only for the last few days.
 */
export const SWEEP_ACTIVE_DAYS = 30;
export const SWEEP_CLOSED_DAYS = 3;

export type SweepResult =
  { ok: true; tickets: number; optedOut: number } | { ok: false; reason: string };

/**
 * Reads the recent conversations of every status, so a customer's stop word is recorded even
 * when nobody opens their ticket in Kabar. Safe to run on several instances at once.
 */
export async function sweepRecentTickets(now = new Date()): Promise<SweepResult> {
  let client;
  try {
    client = await getHelpdeskClient();
  } catch (error) {
    if (error instanceof ExpectedError) return { ok: false, reason: "no helpdesk api-key" };
    throw error;
  }
  const zone = client.helpdeskTimeZone;
  const daysBack = (days: number) => dayInZone(new Date(now.getTime() - days * 86_400_000), zone);
  const endDate = dayInZone(now, zone);
  const tickets: Ticket[] = [];
  for (const status of ["open", "processing", "closed"] as const) {
    const startDate = daysBack(status === "closed" ? SWEEP_CLOSED_DAYS : SWEEP_ACTIVE_DAYS);
    const result = await listTickets(client, status, { startDate, endDate, withMessage: true });
    if (result.outcome !== "accepted") return { ok: false, reason: result.error.meaning };
    tickets.push(...result.report.tickets);
  }
  const before = Date.now();
  const optedOut = await noteHelpdeskTickets(tickets);
  logger.info("opt-out sweep", { tickets: tickets.length, optedOut, ms: Date.now() - before });
  return { ok: true, tickets: tickets.length, optedOut };
}

let timer: NodeJS.Timeout | null = null;

/** Runs the sweep every `minutes` in this process (0: never); called once at start-up. */
export function scheduleOptOutSweep(minutes: number): void {
  if (minutes <= 0 || timer) return;
  let running = false;
  timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepRecentTickets()
      .catch((error: unknown) => logger.error("opt-out sweep failed", { error }))
      .finally(() => (running = false));
  }, minutes * 60_000);
  timer.unref();
}
