import "server-only";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { noteHelpdeskTickets } from "@/lib/contacts/from-helpdesk";
import { getTicket } from "@/lib/damcorp";
import { NotFoundError } from "@/lib/errors/expected-error";
import { logger } from "@/lib/log/logger";
import { describeHelpdeskFailure, helpdeskRefusal } from "./helpdesk-problem";
import { toTicketDetail } from "./to-ticket-view";
import type { TicketDetail } from "./types";

/**
 * One ticket with its whole conversation (with_message=true). Throws NotFoundError when the
 * helpdesk has no such ticket, and a "helpdesk_failed" ExpectedError when it cannot answer.
 */
export async function loadTicketDetail(ticketCode: string): Promise<TicketDetail> {
  const client = await getHelpdeskClient();
  const result = await getTicket(client, ticketCode, { withMessage: true });
  if (result.outcome !== "accepted") {
    const problem = describeHelpdeskFailure(result, "read");
    logger.warn("helpdesk ticket read failed", { outcome: result.outcome, code: problem.code });
    throw helpdeskRefusal(problem, "read");
  }
  // An unknown code is not an error for the helpdesk: it answers an empty list.
  if (!result.ticket) throw new NotFoundError(`Ticket #${ticketCode}`);
  await noteHelpdeskTickets([result.ticket]); // the customer's contact; a stop word opts out
  return toTicketDetail(result.ticket);
}
