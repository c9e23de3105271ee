import "server-only";
import { ExpectedError } from "@/lib/actions/errors";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { closeTicket } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import { describeHelpdeskFailure, problemSentence } from "./helpdesk-problem";
import type { CloseTicketValues } from "./schema";

const NUMBER_MISMATCH =
  "The helpdesk says this number is not the ticket's customer, so the ticket was not closed. Refresh the board and try again.";

/** Closes a helpdesk ticket; every refusal throws an ExpectedError in plain words. */
export async function closeHelpdeskTicket(
  input: CloseTicketValues,
  actor: { id: string },
): Promise<void> {
  const client = await getHelpdeskClient();
  const result = await closeTicket(client, input);
  if (result.outcome === "accepted") {
    logger.info("helpdesk ticket closed", { ticketCode: input.ticketCode, by: actor.id });
    return;
  }
  if (result.outcome === "rejected" && result.helpdeskError.kind === "invalid_param") {
    const fields = result.helpdeskError.fields;
    if (fields.includes("userNumber")) {
      throw new ExpectedError(NUMBER_MISMATCH, { userNumber: [NUMBER_MISMATCH] }, "invalid_param");
    }
    throw new ExpectedError(
      `The helpdesk did not accept the close request (${fields.join(", ") || "no field named"}).`,
      undefined,
      "invalid_param",
    );
  }
  const problem = describeHelpdeskFailure(result, "close");
  logger.warn("helpdesk close ticket failed", {
    ticketCode: input.ticketCode,
    outcome: result.outcome,
    code: problem.code,
  });
  throw new ExpectedError(problemSentence(problem), undefined, problem.code);
}
