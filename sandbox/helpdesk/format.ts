// The helpdesk wire format: every ticket field is a string (ticketCode "34", totalResponse "4"),
// timestamps are "YYYY-MM-DD HH:mm:ss" in the company's zone with no offset, status "close".
import { formatInZone } from "../clock";
import type { Ticket } from "./model";
import { COMPANY } from "./model";

export function formatTicket(ticket: Ticket, timeZone: string, withMessages: boolean) {
  const formatted: Record<string, unknown> = {
    dateCreate: formatInZone(ticket.createdAt, timeZone),
    // Not-yet-closed tickets have no close date; the sandbox says null (see README).
    dateClose: ticket.closedAt ? formatInZone(ticket.closedAt, timeZone) : null,
    ticketCode: ticket.code,
    problem: ticket.problem,
    customerName: ticket.customerName,
    customerNumber: ticket.customerNumber,
    operatorName: ticket.operator?.name ?? null,
    operatorNumber: ticket.operator?.number ?? null,
    totalResponse: String(ticket.messages.length),
    status: ticket.status,
  };
  if (withMessages) {
    formatted.messages = ticket.messages.map((message) => ({
      dateCreate: formatInZone(message.at, timeZone),
      body: message.body,
      messageType: message.messageType,
      type: message.kind,
      caption: message.caption,
    }));
  }
  return formatted;
}

export function ticketListData(
  tickets: readonly Ticket[],
  total: number,
  timeZone: string,
  withMessages: boolean,
) {
  return {
    companyNumber: COMPANY.number,
    ticket: tickets.map((t) => formatTicket(t, timeZone, withMessages)),
    total,
    companyName: COMPANY.name,
  };
}
