// One page of history: keyset read of the sends, then their recipients' preview and counts.
import type { Db } from "@/lib/db/create-client";
import { HISTORY_PAGE_SIZE } from "../constants";
import { encodeCursor } from "@/lib/paging/cursor";
import type { HistoryQuery } from "../filter-schema";
import type { SendListItem, SendListPage } from "../send-list-item";
import { buildSendConditions } from "./send-conditions";
import { selectRecipientSummaries } from "./select-recipients";
import { selectSends, type SendRow } from "./select-sends";

export interface ListSendsOptions {
  timeZone: string;
  pageSize?: number;
  /** How sends made with the DAMCORP_TOKEN sender (no SenderNumber row) are labelled. */
  environmentSender: { label: string; number: string | null };
  /** See RECIPIENT_CANDIDATE_LIMIT; tests lower it to exercise both recipient plans. */
  recipientCandidateLimit?: number;
}

const cursorOf = (row: SendRow) => encodeCursor({ at: row.createdAt, id: row.id });

export async function listSendsPage(
  db: Db,
  query: HistoryQuery,
  options: ListSendsOptions,
): Promise<SendListPage> {
  const size = options.pageSize ?? HISTORY_PAGE_SIZE;
  const conditions = await buildSendConditions(
    db,
    query,
    options.timeZone,
    options.recipientCandidateLimit,
  );

  let rows: SendRow[];
  let olderCursor: string | null;
  let newerCursor: string | null;
  const newer = query.before
    ? await selectSends(db, conditions, { before: query.before }, size + 1)
    : null;
  if (newer && newer.length > size) {
    // Newest first: the first row is the extra one that proves a newer page exists.
    rows = newer.slice(1);
    newerCursor = cursorOf(rows[0]!);
    olderCursor = cursorOf(rows[rows.length - 1]!);
  } else {
    // No cursor, an `after` cursor, or fewer than a page newer than `before`: the page below.
    const after = newer ? undefined : query.after;
    const older = await selectSends(db, conditions, { after }, size + 1);
    rows = older.slice(0, size);
    olderCursor = older.length > size ? cursorOf(rows[rows.length - 1]!) : null;
    newerCursor = after && rows.length > 0 ? cursorOf(rows[0]!) : null;
  }

  const summaries = await selectRecipientSummaries(
    db,
    rows.map((r) => r.id),
    conditions.recipientMatch,
  );
  return {
    rows: rows.map((row) => toListItem(row, summaries, options.environmentSender)),
    olderCursor,
    newerCursor,
    fetchedAt: Date.now(),
  };
}

function toListItem(
  row: SendRow,
  summaries: Awaited<ReturnType<typeof selectRecipientSummaries>>,
  environmentSender: ListSendsOptions["environmentSender"],
): SendListItem {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    kind: row.kind,
    templateName: row.templateName,
    summary: row.summary,
    outcome: row.outcome,
    errorCode: row.errorCode,
    attempts: row.attempts,
    ticketCode: row.ticketCode,
    recipientCount: row.recipientCount,
    sender: row.senderNumberId
      ? {
          id: row.senderNumberId,
          label: row.senderLabel ?? "Unknown sender",
          number: row.senderNumber,
          removed: row.senderDeletedAt !== null,
        }
      : { id: null, ...environmentSender, removed: false },
    user:
      row.userId && row.userName
        ? { id: row.userId, name: row.userName, email: row.userEmail ?? "" }
        : null,
    recipients: summaries.previews.get(row.id) ?? [],
    statusCounts: summaries.counts.get(row.id) ?? [],
  };
}
