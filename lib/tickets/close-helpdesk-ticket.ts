import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { closeTicket, getTicket, type DamcorpClient } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import { HELPDESK_CHANGE_WORDING } from "@/lib/wording/failures";
import { describeHelpdeskFailure, helpdeskRefusal, type HelpdeskFailure } from "./helpdesk-problem";
import { invalidateHelpdeskReads } from "./helpdesk-reads";
import type { CloseTicketValues } from "./schema";
import { boardStatusOf } from "./to-ticket-view";
import { boardStatusLabels } from "./types";

const NUMBER_MISMATCH =
  "The helpdesk says this number is not the ticket's customer, so the ticket was not closed. Refresh the board and try again.";

/** How Kabar knows the ticket is closed: the helpdesk said so, or Kabar read it back. */
export type CloseOutcome = { confirmedBy: "answer" | "re-read" };

/** No answer, or an answer that does not say whether the close happened. */
function isUncertain(result: HelpdeskFailure): boolean {
  return result.outcome === "unknown" || (result.outcome === "rejected" && result.code === "500");
}

/** The ticket's column as the helpdesk reports it now; null when it cannot be read. */
async function readBackStatus(client: DamcorpClient, ticketCode: string) {
  const read = await getTicket(client, ticketCode, { withMessage: false });
  if (read.outcome !== "accepted" || !read.ticket) return null;
  return boardStatusOf(read.ticket.status);
}

async function closed(
  input: CloseTicketValues,
  actor: Actor,
  confirmedBy: CloseOutcome["confirmedBy"],
): Promise<CloseOutcome> {
  logger.info("helpdesk ticket closed", {
    ticketCode: input.ticketCode,
    by: actor.user.id,
    confirmedBy,
  });
  await recordAuditEvent({
    action: "ticket.closed",
    actor: actor.user,
    target: `ticket ${input.ticketCode}`,
    ip: actor.ip,
  });
  return { confirmedBy };
}

/**
 * Closes a helpdesk ticket (audited); every refusal throws an ExpectedError in plain words.
 * When the helpdesk does not say whether it closed the ticket (a timeout, a dropped connection,
 * a 500), the ticket is read back and the answer says what is true now.
 */
export async function closeHelpdeskTicket(
  input: CloseTicketValues,
  actor: Actor,
): Promise<CloseOutcome> {
  const client = await getHelpdeskClient();
  const result = await closeTicket(client, input);
  // Whatever happened, the board's shared lists must not keep showing the ticket as it was.
  await invalidateHelpdeskReads(input.ticketCode);
  if (result.outcome === "accepted") return closed(input, actor, "answer");
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
  if (isUncertain(result)) {
    const status = await readBackStatus(client, input.ticketCode);
    if (status === "closed") return closed(input, actor, "re-read");
    if (status) {
      throw new ExpectedError(
        "helpdesk_failed",
        HELPDESK_CHANGE_WORDING.stillActive(boardStatusLabels[status].toLowerCase()),
        { problem },
      );
    }
  }
  throw helpdeskRefusal(problem, "close");
}
