import "server-only";
import { noteHelpdeskTickets } from "@/lib/contacts/from-helpdesk";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { listTickets, type Ticket } from "@/lib/damcorp";
import { db } from "@/lib/db/client";
import { claimScheduledTurn } from "@/lib/db/scheduled-turn";
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

/**
 * Runs the sweep every `minutes` (0: never); called once at start-up by every Kabar instance,
 * and one of them sweeps per period (ScheduledTurn), so N instances do not read the helpdesk
 * N times.
 */
export function scheduleOptOutSweep(minutes: number): void {
  if (minutes <= 0 || timer) return;
  let running = false;
  const periodMs = minutes * 60_000;
  timer = setInterval(() => {
    if (running) return;
    running = true;
    claimScheduledTurn(db, "opt-out-sweep", periodMs)
      .then((mine) => (mine ? sweepRecentTickets() : null))
      .catch((error: unknown) => logger.error("opt-out sweep failed", { error }))
      .finally(() => (running = false));
  }, periodMs);
  timer.unref();
}
