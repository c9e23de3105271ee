import "server-only";
import { getSharedHelpdeskReader } from "@/lib/connections/damcorp";
import { noteHelpdeskTickets } from "@/lib/contacts/from-helpdesk";
import { getTicket } from "@/lib/damcorp";
import { NotFoundError } from "@/lib/errors/expected-error";
import { logger } from "@/lib/log/logger";
import { helpdeskRefusal } from "./helpdesk-problem";
import { freshnessOf, readShared, staleNote, toLoadOutcome } from "./helpdesk-reads";
import { toTicketDetail } from "./to-ticket-view";
import type { TicketDetail } from "./types";

/**
 * One ticket with its whole conversation (with_message=true), shared like the board's lists:
 * several agents with the same panel open cost one helpdesk call, and the last good answer is
 * shown with its age when the helpdesk cannot be asked. Throws NotFoundError when the helpdesk
 * has no such ticket, and a "helpdesk_failed" ExpectedError when it cannot answer and nothing
 * was loaded before.
 */
export async function loadTicketDetail(ticketCode: string): Promise<TicketDetail> {
  const { client, credentialId } = await getSharedHelpdeskReader();
  const read = await readShared<TicketDetail | null>(
    `ticket:${ticketCode}`,
    credentialId,
    async () => {
      const result = await getTicket(client, ticketCode, { withMessage: true });
      // The customer's contact; a stop word in the conversation opts the number out.
      if (result.outcome === "accepted" && result.ticket)
        await noteHelpdeskTickets([result.ticket]);
      const outcome = toLoadOutcome(
        result,
        // An unknown code is not an error for the helpdesk: it answers an empty list.
        (accepted) => (accepted.ticket ? toTicketDetail(accepted.ticket) : null),
      );
      if (!outcome.ok) logger.warn("helpdesk ticket read failed", { code: outcome.problem.code });
      return outcome;
    },
  );
  if (!read.ok) throw helpdeskRefusal(read.problem, "read", staleNote(read).retryAt);
  if (!read.value) throw new NotFoundError(`Ticket #${ticketCode}`);
  return { ...read.value, freshness: freshnessOf(read) };
}
