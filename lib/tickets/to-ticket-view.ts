// The client's Ticket (Dates, wire strings in `raw`) as the browser gets it: plain JSON, the
// column it belongs in, and who wrote each message.
import type { Ticket, TicketMessage } from "@/lib/damcorp/helpdesk/ticket";
import type {
  BoardStatus,
  ConversationMessage,
  MessageAuthor,
  TicketCard,
  TicketDetail,
} from "./types";

/** The ticket's status ("open" | "processing" | "close") as a column; unknown ones stay open. */
export function boardStatusOf(status: string): BoardStatus {
  const value = status.trim().toLowerCase();
  if (value === "close" || value === "closed") return "closed";
  if (value === "processing") return "processing";
  return "open";
}

/**
 * USER_ANSWER is the customer; OPERATOR_ANSWER is an agent; the helpdesk's automatic messages
 * (QUESTION_PROBLEM, ANSWER_TICKET and anything else it may add) are the bot.
 */
export function authorOf(type: string | null): MessageAuthor {
  if (type === "USER_ANSWER") return "customer";
  if (type === "OPERATOR_ANSWER") return "operator";
  return "bot";
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toTicketCard(ticket: Ticket): TicketCard {
  return {
    code: ticket.ticketCode,
    status: boardStatusOf(ticket.status),
    problem: ticket.problem,
    customerName: ticket.customerName,
    customerNumber: ticket.customerNumber,
    operatorName: ticket.operatorName,
    responses: ticket.totalResponse,
    createdAt: iso(ticket.createdAt),
    closedAt: iso(ticket.closedAt),
  };
}

function toConversationMessage(message: TicketMessage): ConversationMessage {
  return {
    at: iso(message.createdAt),
    author: authorOf(message.type),
    type: message.type,
    messageType: message.messageType,
    body: message.body,
    caption: message.caption,
  };
}

export function toTicketDetail(ticket: Ticket): TicketDetail {
  const messages = (ticket.messages ?? []).map(toConversationMessage);
  // Oldest first, as a chat reads (the helpdesk's order breaks ties); untimed messages go last.
  const ordered = messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => {
      if (a.message.at && b.message.at)
        return a.message.at.localeCompare(b.message.at) || a.index - b.index;
      if (!a.message.at && !b.message.at) return a.index - b.index;
      return a.message.at ? -1 : 1;
    })
    .map(({ message }) => message);
  const lastCustomerMessageAt =
    ordered.filter((m) => m.author === "customer" && m.at).at(-1)?.at ?? null;
  return { ...toTicketCard(ticket), messages: ordered, lastCustomerMessageAt };
}

/** The card part of a ticket detail (what the board's columns hold). */
export function cardFromDetail(detail: TicketDetail): TicketCard {
  return {
    code: detail.code,
    status: detail.status,
    problem: detail.problem,
    customerName: detail.customerName,
    customerNumber: detail.customerNumber,
    operatorName: detail.operatorName,
    responses: detail.responses,
    createdAt: detail.createdAt,
    closedAt: detail.closedAt,
  };
}
