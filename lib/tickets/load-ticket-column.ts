import "server-only";
import { getSharedHelpdeskReader } from "@/lib/connections/damcorp";
import { noteHelpdeskTickets } from "@/lib/contacts/from-helpdesk";
import { listTickets, type DamcorpClient } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import type { ColumnRequest } from "./column-request";
import { helpdeskRefusal } from "./helpdesk-problem";
import { freshnessOf, readShared, staleNote, toLoadOutcome } from "./helpdesk-reads";
import { toTicketCard } from "./to-ticket-view";
import type { TicketCard, TicketColumnPage } from "./types";

type ListedPage = { tickets: TicketCard[]; total: number };

function readPage(
  client: DamcorpClient,
  credentialId: string,
  request: ColumnRequest,
  page: number,
) {
  const what = `list:${request.status}:${request.from}:${request.to}:${request.perPage}:${page}`;
  return readShared<ListedPage>(what, credentialId, async () => {
    const result = await listTickets(client, request.status, {
      startDate: request.from,
      endDate: request.to,
      withMessage: false,
      perPage: request.perPage,
      page,
    });
    // Helpdesk customers become contacts: once per helpdesk call, not once per user served.
    if (result.outcome === "accepted") await noteHelpdeskTickets(result.report.tickets);
    const outcome = toLoadOutcome(result, (accepted) => ({
      tickets: accepted.report.tickets.map(toTicketCard),
      total: accepted.report.total,
    }));
    // Logged once per helpdesk call, not once per user served the answer.
    if (!outcome.ok)
      logger.warn("helpdesk list failed", { status: request.status, code: outcome.problem.code });
    return outcome;
  });
}

/**
 * `page` is not in the helpdesk's documentation (only `per_page`). A helpdesk that ignores it
 * answers every page with the first one: seen when page N starts with page 1's first ticket.
 */
async function ignoresPaging(
  client: DamcorpClient,
  credentialId: string,
  request: ColumnRequest,
  listed: ListedPage,
): Promise<boolean> {
  if (request.page === 1 || listed.tickets.length === 0) return false;
  const first = await readPage(client, credentialId, request, 1);
  return first.ok && first.value.tickets[0]?.code === listed.tickets[0]?.code;
}

/**
 * One page of one board column, newest first, without messages (cards do not show them),
 * shared with every user asking for the same page (lib/tickets/helpdesk-reads.ts). When the
 * helpdesk cannot be asked, the last good page comes back with its age and the reason; with
 * none, it throws an ExpectedError ("helpdesk_failed") carrying the problem in plain words and
 * when Kabar asks again. A missing api-key throws one that says where to set it.
 */
export async function loadTicketColumn(request: ColumnRequest): Promise<TicketColumnPage> {
  const { client, credentialId } = await getSharedHelpdeskReader();
  const read = await readPage(client, credentialId, request, request.page);
  if (!read.ok) throw helpdeskRefusal(read.problem, "read", staleNote(read).retryAt);
  const pagingIgnored = await ignoresPaging(client, credentialId, request, read.value);
  if (pagingIgnored)
    logger.warn("helpdesk ignores page", { status: request.status, page: request.page });
  return {
    status: request.status,
    tickets: pagingIgnored ? [] : read.value.tickets,
    total: read.value.total,
    page: request.page,
    perPage: request.perPage,
    pagingIgnored,
    ...freshnessOf(read),
  };
}
