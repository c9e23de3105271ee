import "server-only";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { listTickets } from "@/lib/damcorp";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { customerE164 } from "@/lib/tickets/composer-link";
import { boardStatusOf } from "@/lib/tickets/to-ticket-view";
import type { BoardStatus } from "@/lib/tickets/types";
import { dayInZone } from "@/lib/time/format";
import type { OptOutState } from "./list-item";

/** Sends shown on a contact page; "all sends" links to history for the rest. */
export const CONTACT_SENDS_LIMIT = 20;
/** The helpdesk cannot be asked for one customer's tickets: this many days are searched. */
export const CONTACT_TICKET_DAYS = 30;

export type ContactDetail = {
  id: string;
  e164: string;
  digits: string;
  name: string | null;
  source: string;
  createdAt: Date;
  updatedAt: Date;
  tags: string[];
  attributes: { key: string; value: string }[];
  optOut: OptOutState | null;
};

export type ContactSend = {
  sendId: string;
  at: Date;
  kind: string;
  templateName: string | null;
  summary: string | null;
  status: string;
  errorCode: string | null;
};

export type ContactTicket = {
  code: string;
  status: BoardStatus;
  problem: string | null;
  createdAt: Date | null;
};

export type ContactTickets =
  { ok: true; tickets: ContactTicket[]; days: number } | { ok: false; message: string };

export async function getContact(id: string): Promise<ContactDetail> {
  const contact = await db.contact.findUnique({
    where: { id },
    include: { tags: { orderBy: { tag: "asc" } }, attributes: { orderBy: { key: "asc" } } },
  });
  if (!contact) throw new NotFoundError("This contact");
  const optOut = await db.optOut.findUnique({ where: { e164: contact.e164 } });
  return {
    id: contact.id,
    e164: contact.e164,
    digits: contact.e164.slice(1),
    name: contact.name,
    source: contact.source,
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
    tags: contact.tags.map((t) => t.tag),
    attributes: contact.attributes.map((a) => ({ key: a.key, value: a.value })),
    optOut: optOut
      ? {
          state: optOut.state === "opted_out" ? "opted_out" : "opted_in",
          optedOutAt: optOut.optedOutAt.toISOString(),
          source: optOut.source,
          reason: optOut.reason,
          ticketCode: optOut.ticketCode,
          optedInAt: optOut.optedInAt?.toISOString() ?? null,
          optInReason: optOut.optInReason,
        }
      : null,
  };
}

/** The newest sends to this number, from history (SendRecipient's (to, createdAt) index). */
export async function listContactSends(digits: string): Promise<ContactSend[]> {
  const rows = await db.sendRecipient.findMany({
    where: { to: digits },
    orderBy: { createdAt: "desc" },
    take: CONTACT_SENDS_LIMIT,
    select: {
      status: true,
      errorCode: true,
      createdAt: true,
      send: { select: { id: true, kind: true, templateName: true, summary: true } },
    },
  });
  return rows.map((r) => ({
    sendId: r.send.id,
    at: r.createdAt,
    kind: r.send.kind,
    templateName: r.send.templateName,
    summary: r.send.summary,
    status: r.status,
    errorCode: r.errorCode,
  }));
}

/** The customer's helpdesk tickets of the last 30 days, newest first, or why they could not be read. */
export async function listContactTickets(e164: string, now = new Date()): Promise<ContactTickets> {
  let client;
  try {
    client = await getHelpdeskClient();
  } catch (error) {
    if (error instanceof ExpectedError)
      return { ok: false, message: "The helpdesk is not connected, so tickets cannot be shown." };
    throw error;
  }
  const zone = client.helpdeskTimeZone;
  const startDate = dayInZone(new Date(now.getTime() - CONTACT_TICKET_DAYS * 86_400_000), zone);
  const endDate = dayInZone(now, zone);
  const results = await Promise.all(
    (["open", "processing", "closed"] as const).map((status) =>
      listTickets(client, status, { startDate, endDate, withMessage: false }),
    ),
  );
  const tickets: ContactTicket[] = [];
  for (const result of results) {
    if (result.outcome !== "accepted") {
      logger.warn("contact tickets", { outcome: result.outcome });
      return {
        ok: false,
        message: `The helpdesk could not be asked for this customer's tickets: ${result.error.meaning}`,
      };
    }
    for (const t of result.report.tickets) {
      if (!t.customerNumber || customerE164(t.customerNumber) !== e164) continue;
      tickets.push({
        code: t.ticketCode,
        status: boardStatusOf(t.status),
        problem: t.problem,
        createdAt: t.createdAt,
      });
    }
  }
  tickets.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  return { ok: true, tickets, days: CONTACT_TICKET_DAYS };
}
