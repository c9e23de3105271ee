import "server-only";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { listTickets } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import type { ColumnRequest } from "./column-request";
import { describeHelpdeskFailure } from "./helpdesk-problem";
import { toTicketCard } from "./to-ticket-view";
import type { HelpdeskProblem, TicketColumnPage } from "./types";

export type ColumnResult =
  { ok: true; page: TicketColumnPage } | { ok: false; problem: HelpdeskProblem };

/**
 * One page of one board column, newest first, without messages (cards do not show them).
 * A helpdesk failure comes back as a problem in plain words; a missing api-key throws an
 * ExpectedError that says where to set one.
 */
export async function loadTicketColumn(request: ColumnRequest): Promise<ColumnResult> {
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
    return { ok: false, problem };
  }
  return {
    ok: true,
    page: {
      status: request.status,
      tickets: result.report.tickets.map(toTicketCard),
      total: result.report.total,
      page: request.page,
      perPage: request.perPage,
    },
  };
}
