// The board's data as it crosses from server to browser: plain JSON (times as ISO strings),
// no Damcorp wire details and nothing secret. Safe to import in client components.
import type { FailureWording } from "@/lib/wording/failures";

/** A board column, named like the helpdesk's list paths (the ticket status itself says "close"). */
export const BOARD_STATUSES = ["open", "processing", "closed"] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export const boardStatusLabels: Record<BoardStatus, string> = {
  open: "Open",
  processing: "Processing",
  closed: "Closed",
};

export type TicketCard = {
  code: string;
  status: BoardStatus;
  problem: string | null;
  customerName: string | null;
  /** Digits as the helpdesk reports them, e.g. "628527927011". */
  customerNumber: string | null;
  operatorName: string | null;
  /** Number of messages in the ticket (the helpdesk's totalResponse). */
  responses: number | null;
  /** ISO instants, read from the helpdesk's zone-less times in its configured zone. */
  createdAt: string | null;
  closedAt: string | null;
};

/** Who wrote a message, which decides where the conversation shows it. */
export type MessageAuthor = "customer" | "operator" | "bot";

export type ConversationMessage = {
  at: string | null;
  author: MessageAuthor;
  /** The helpdesk's type (USER_ANSWER, OPERATOR_ANSWER, …), kept for the label. */
  type: string | null;
  messageType: string | null;
  body: string | null;
  caption: string | null;
};

export type TicketDetail = TicketCard & {
  /** Absent on a detail rebuilt in the browser (optimistic updates). */
  freshness?: Freshness;
  messages: ConversationMessage[];
  /** The newest USER_ANSWER, which starts WhatsApp's 24-hour window; null when none. */
  lastCustomerMessageAt: string | null;
};

/** A helpdesk failure in plain words (from the wording catalogue, adapted to the board). */
export type HelpdeskProblem = FailureWording;

/** Why what is shown is the last good answer rather than a fresh one. */
export type StaleNote = {
  problem: HelpdeskProblem;
  /** When Kabar asks the helpdesk again (ISO): after the wait it asked for, or a short pause. */
  retryAt: string | null;
};

/** How old an answer is: the helpdesk's answers are shared between users for a short time. */
export type Freshness = {
  /** When the helpdesk gave this answer (ISO, the server's clock). */
  fetchedAt: string;
  /**
   * How old the answer was when the server sent it: the browser subtracts it from when it
   * received the answer, so "updated 5 s ago" holds whatever the browser's clock says.
   */
  ageMs: number;
  /** Set when the helpdesk could not be asked just now and this is the last good answer. */
  stale: StaleNote | null;
};

/** One page of a column as the helpdesk lists it; `total` counts every match in the range. */
export type TicketColumnPage = Freshness & {
  status: BoardStatus;
  tickets: TicketCard[];
  total: number;
  page: number;
  perPage: number;
  /**
   * The helpdesk answered this page with the first page's tickets again: it ignores `page`
   * (which its documentation does not list), so no further page can be loaded. `tickets` is
   * then empty rather than a repeat.
   */
  pagingIgnored: boolean;
};

/** What opening a ticket led to: a new ticket, or the customer's ticket that is still open. */
export type OpenTicketOutcome =
  | { kind: "opened"; ticketCode: string | null }
  | { kind: "exists"; existing: { code: string; status: string; customerNumber: string } };
