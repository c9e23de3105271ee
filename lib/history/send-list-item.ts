// What the history list shows for one send: plain JSON (times as ISO strings), so the same shape
// goes from the server page to the client list and through the live list route.
// Kind, outcome and status are typed string (values of SendKind, SendOutcome and
// RecipientStatus in lib/vocabulary/sends.ts): stored rows are passed on as they are.

export interface SendListSender {
  id: string | null;
  label: string;
  number: string | null;
  removed: boolean;
}

export interface SendListUser {
  id: string;
  name: string;
  email: string;
}

export interface RecipientPreview {
  to: string;
  status: string;
  errorCode: string | null;
}

export interface RecipientStatusCount {
  status: string;
  errorCode: string | null;
  count: number;
}

export interface SendListItem {
  id: string;
  createdAt: string;
  kind: string;
  templateName: string | null;
  summary: string | null;
  outcome: string;
  errorCode: string | null;
  attempts: number;
  ticketCode: string | null;
  recipientCount: number;
  sender: SendListSender;
  user: SendListUser | null;
  /** The first few recipients (matching ones first when filtering by number). */
  recipients: RecipientPreview[];
  /** Recipients grouped by result and error code. */
  statusCounts: RecipientStatusCount[];
}

export interface SendListPage {
  rows: SendListItem[];
  /** Cursor of the next older page, or null on the last page. */
  olderCursor: string | null;
  /** Cursor of the next newer page, or null on the newest page. */
  newerCursor: string | null;
  /** When the page was read (epoch ms): the live list counts its freshness from here. */
  fetchedAt: number;
}
