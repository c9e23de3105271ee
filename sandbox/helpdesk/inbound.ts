// A customer's WhatsApp message reaching the helpdesk. The spec's ticket conversations start with
// the customer's own message (USER_ANSWER) and the bot's ANSWER_TICKET giving the ticket number, so
// a customer without an active ticket who writes gets a new one; the sandbox skips the bot's
// QUESTION_PROBLEM turn (the seed's short form) and takes the message as the problem.
import type { SandboxState } from "../state";
import { answerTicketText, type Ticket, type TicketMessage } from "./model";

export function customerMessage(at: Date, body: string): TicketMessage {
  return { at, body, messageType: "text", kind: "USER_ANSWER", caption: null };
}

export function openTicketFromMessage(
  state: SandboxState,
  message: { from: string; body: string; at: Date; name?: string },
): Ticket {
  const code = String(state.nextTicketCode++);
  // The helpdesk knows the customer by their WhatsApp name; earlier tickets carry it.
  const earlier = state.tickets.findLast((t) => t.customerNumber === message.from);
  const customerName = message.name ?? earlier?.customerName ?? message.from;
  const ticket: Ticket = {
    code,
    createdAt: message.at,
    closedAt: null,
    problem: message.body,
    tag: "",
    group: null,
    customerName,
    customerNumber: message.from,
    operator: null,
    status: "open",
    messages: [
      customerMessage(message.at, message.body),
      {
        at: new Date(message.at.getTime() + 1000),
        body: answerTicketText(customerName, code),
        messageType: "text",
        kind: "ANSWER_TICKET",
        caption: null,
      },
    ],
  };
  state.tickets.push(ticket);
  return ticket;
}
