import "server-only";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { noteHelpdeskTickets } from "@/lib/contacts/from-helpdesk";
import { listTickets } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import type { ColumnRequest } from "./column-request";
import { describeHelpdeskFailure, helpdeskRefusal } from "./helpdesk-problem";
import { toTicketCard } from "./to-ticket-view";
import type { TicketColumnPage } from "./types";

/**
 * One page of one board column, newest first, without messages (cards do not show them).
 * A helpdesk failure throws an ExpectedError ("helpdesk_failed") carrying the problem in plain
 * words; a missing api-key throws one that says where to set it.
 */
export async function loadTicketColumn(request: ColumnRequest): Promise<TicketColumnPage> {
  const client = await getHelpdeskClient();
  const result = await listTickets(client, request.status, {
    startDate: request.from,
    endDate: request.to,
    withMessage: false,
    perPage: request.perPage,
    page: request.page,
  });
  if (result.outcome !== "accepted") {
    const problem = describeHelpdeskFailure(result, "read");
    logger.warn("helpdesk list failed", {
      status: request.status,
      outcome: result.outcome,
      code: problem.code,
    });
    throw helpdeskRefusal(problem, "read");
  }
  await noteHelpdeskTickets(result.report.tickets); // helpdesk customers become contacts
  return {
    status: request.status,
    tickets: result.report.tickets.map(toTicketCard),
    total: result.report.total,
    page: request.page,
    perPage: request.perPage,
  };
}
