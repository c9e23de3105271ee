import "server-only";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { getTicket } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import { describeHelpdeskFailure } from "./helpdesk-problem";
import { toTicketDetail } from "./to-ticket-view";
import type { HelpdeskProblem, TicketDetail } from "./types";

export type DetailResult =
  | { ok: true; ticket: TicketDetail }
  | { ok: false; notFound: true }
  | { ok: false; notFound: false; problem: HelpdeskProblem };

/** One ticket with its whole conversation (with_message=true). */
export async function loadTicketDetail(ticketCode: string): Promise<DetailResult> {
  const client = await getHelpdeskClient();
  const result = await getTicket(client, ticketCode, { withMessage: true });
  if (result.outcome !== "accepted") {
    const problem = describeHelpdeskFailure(result, "read");
    logger.warn("helpdesk ticket read failed", { outcome: result.outcome, code: problem.code });
    return { ok: false, notFound: false, problem };
  }
  // An unknown code is not an error for the helpdesk: it answers an empty list.
  if (!result.ticket) return { ok: false, notFound: true };
  return { ok: true, ticket: toTicketDetail(result.ticket) };
}
