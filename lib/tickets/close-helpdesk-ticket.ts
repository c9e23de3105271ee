import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { closeTicket } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import { describeHelpdeskFailure, helpdeskRefusal } from "./helpdesk-problem";
import type { CloseTicketValues } from "./schema";

const NUMBER_MISMATCH =
  "The helpdesk says this number is not the ticket's customer, so the ticket was not closed. Refresh the board and try again.";

/** Closes a helpdesk ticket (audited); every refusal throws an ExpectedError in plain words. */
export async function closeHelpdeskTicket(input: CloseTicketValues, actor: Actor): Promise<void> {
  const client = await getHelpdeskClient();
  const result = await closeTicket(client, input);
  if (result.outcome === "accepted") {
    logger.info("helpdesk ticket closed", { ticketCode: input.ticketCode, by: actor.user.id });
    await recordAuditEvent({
      action: "ticket.closed",
      actor: actor.user,
      target: `ticket ${input.ticketCode}`,
      ip: actor.ip,
    });
    return;
  }
  if (result.outcome === "rejected" && result.helpdeskError.kind === "invalid_param") {
    const fields = result.helpdeskError.fields;
    if (fields.includes("userNumber")) {
      throw new ExpectedError("invalid_param", NUMBER_MISMATCH, {
        fieldErrors: { userNumber: [NUMBER_MISMATCH] },
      });
    }
    throw new ExpectedError(
      "invalid_param",
      `The helpdesk did not accept the close request (${fields.join(", ") || "no field named"}).`,
    );
  }
  const problem = describeHelpdeskFailure(result, "close");
  logger.warn("helpdesk close ticket failed", {
    ticketCode: input.ticketCode,
    outcome: result.outcome,
    code: problem.code,
  });
  throw helpdeskRefusal(problem, "close");
}
