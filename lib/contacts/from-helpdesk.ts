import "server-only";
import type { Ticket } from "@/lib/damcorp";
import { db } from "@/lib/db/client";
import { sqlDialect } from "@/lib/db/sql-dialect";
import { newId } from "@/lib/db/time-ordered-id";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { recordStopWordOptOuts } from "@/lib/opt-outs/ticket-opt-outs";
import { customerE164 } from "@/lib/tickets/composer-link";
import { foldName } from "./schema";

/** Numbers known to be contacts already, so board refreshes do not ask the database again. */
const known = new Set<string>();
const MAX_KNOWN = 20_000;

/** Helpdesk customers become contacts (name from the ticket); existing contacts are left as they are. */
export async function rememberHelpdeskCustomers(tickets: readonly Ticket[]): Promise<number> {
  const customers = new Map<string, string | null>();
  for (const ticket of tickets) {
    if (!ticket.customerNumber) continue;
    const e164 = customerE164(ticket.customerNumber);
    if (!e164.startsWith("+") || known.has(e164)) continue;
    customers.set(e164, ticket.customerName?.trim() || customers.get(e164) || null);
  }
  if (customers.size === 0) return 0;
  const now = sqlDialect(db).timestamp(new Date());
  const values = [...customers].map(
    ([e164, name]) =>
      Prisma.sql`(${newId()}, ${e164}, ${name}, ${name ? foldName(name) : null}, 'helpdesk', ${now}, ${now})`,
  );
  const created = await db.$executeRaw`
    INSERT INTO "Contact" ("id", "e164", "name", "searchName", "source", "createdAt", "updatedAt")
    VALUES ${Prisma.join(values)} ON CONFLICT ("e164") DO NOTHING`;
  if (known.size + customers.size > MAX_KNOWN) known.clear();
  for (const e164 of customers.keys()) known.add(e164);
  return created;
}

/**
 * Whatever Kabar reads from the helpdesk passes through here: customers become contacts, and a
 * customer's stop word in a conversation opts their number out. Never fails its caller: the
 * board, the ticket panel and the 24-hour check go on if this cannot be recorded.
 */
export async function noteHelpdeskTickets(tickets: readonly Ticket[]): Promise<number> {
  try {
    await rememberHelpdeskCustomers(tickets);
    return (await recordStopWordOptOuts(tickets)).length;
  } catch (error) {
    logger.error("helpdesk tickets could not be noted", { error });
    return 0;
  }
}
