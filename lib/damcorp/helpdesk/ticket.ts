// Helpdesk tickets as Kabar uses them: numbers parsed where they are counted, times read in
// the helpdesk's zone, and the wire strings kept in `raw` for display and audit.
import type { TicketMessageWire, TicketReportData, TicketWire } from "../schemas/helpdesk";
import { parseHelpdeskTimeOrNull } from "./time";

export type TicketMessage = {
  createdAt: Date | null;
  body: string | null;
  messageType: string | null;
  /** e.g. USER_ANSWER, QUESTION_PROBLEM, ANSWER_TICKET. */
  type: string | null;
  caption: string | null;
  raw: TicketMessageWire;
};

export type Ticket = {
  ticketCode: string;
  /** "open" | "processing" | "close" as Damcorp spells it (note: "close", not "closed"). */
  status: string;
  problem: string | null;
  customerName: string | null;
  customerNumber: string | null;
  operatorName: string | null;
  operatorNumber: string | null;
  /** `totalResponse` as a number; null when missing or not a whole number. */
  totalResponse: number | null;
  createdAt: Date | null;
  closedAt: Date | null;
  /** Present only when asked for with withMessage. */
  messages?: TicketMessage[];
  raw: TicketWire;
};

export type TicketReport = {
  companyNumber: string | null;
  companyName: string | null;
  /** The report's `total`, or the number of tickets when it is missing. */
  total: number;
  tickets: Ticket[];
};

function toCount(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

export function toTicketMessage(wire: TicketMessageWire, timeZone: string): TicketMessage {
  return {
    createdAt: parseHelpdeskTimeOrNull(wire.dateCreate, timeZone),
    body: wire.body ?? null,
    messageType: wire.messageType ?? null,
    type: wire.type ?? null,
    caption: wire.caption ?? null,
    raw: wire,
  };
}

export function toTicket(wire: TicketWire, timeZone: string): Ticket {
  return {
    ticketCode: wire.ticketCode,
    status: wire.status,
    problem: wire.problem ?? null,
    customerName: wire.customerName ?? null,
    customerNumber: wire.customerNumber ?? null,
    operatorName: wire.operatorName ?? null,
    operatorNumber: wire.operatorNumber ?? null,
    totalResponse: toCount(wire.totalResponse),
    createdAt: parseHelpdeskTimeOrNull(wire.dateCreate, timeZone),
    closedAt: parseHelpdeskTimeOrNull(wire.dateClose, timeZone),
    ...(wire.messages ? { messages: wire.messages.map((m) => toTicketMessage(m, timeZone)) } : {}),
    raw: wire,
  };
}

export function toTicketReport(data: TicketReportData, timeZone: string): TicketReport {
  const tickets = data.ticket.map((t) => toTicket(t, timeZone));
  return {
    companyNumber: data.companyNumber ?? null,
    companyName: data.companyName ?? null,
    total: toCount(data.total) ?? tickets.length,
    tickets,
  };
}
