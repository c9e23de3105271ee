import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors, type FieldErrors } from "@/lib/errors/field-errors";
import { getHelpdeskClient } from "@/lib/connections/damcorp";
import { listTickets, openTicket, type DamcorpClient } from "@/lib/damcorp";
import { logger } from "@/lib/log/logger";
import { digitsOf } from "@/lib/phone/normalize";
import { addDays, todayIn } from "@/lib/time/days";
import { describeHelpdeskFailure, helpdeskRefusal } from "./helpdesk-problem";
import { invalidateHelpdeskReads } from "./helpdesk-reads";
import type { OpenTicketValues } from "./schema";
import type { OpenTicketOutcome } from "./types";

/** What each field the helpdesk names in `invalid_param` means for the person filling the form. */
const REFUSED_FIELD: Record<string, string> = {
  userNumber:
    "The helpdesk did not accept this number. Enter the customer's WhatsApp number with its country code.",
  userName: "The helpdesk did not accept this name.",
  issue: "The helpdesk did not accept this issue. Describe the customer's problem.",
  tag: "The helpdesk did not accept this tag.",
  operatorEmail: "The helpdesk did not accept this operator email.",
  group: "The helpdesk did not accept this group ID.",
};

const UNKNOWN_GROUP =
  "The helpdesk has no group with this ID. Enter an existing group ID, or leave it empty for the default group.";

function refusedFields(fields: string[]): FieldErrors {
  const errors: FieldErrors = {};
  const others = fields.filter((f) => !Object.hasOwn(REFUSED_FIELD, f));
  for (const field of fields)
    if (Object.hasOwn(REFUSED_FIELD, field)) errors[field] = [REFUSED_FIELD[field]!];
  if (others.length > 0) errors._form = [`The helpdesk did not accept: ${others.join(", ")}.`];
  return errors;
}

const digitsOrAsWritten = (number: string) => digitsOf(number) ?? number.replace(/\D/g, "");

/**
 * The helpdesk answers a new ticket with `data: ""`, so its code is looked up: the customer's
 * newest open ticket of today (yesterday too, in case the day just turned). Best effort: null
 * when it cannot be found, and the board still shows the ticket at its next refresh.
 */
async function findOpenedTicketCode(
  client: DamcorpClient,
  userNumber: string,
): Promise<string | null> {
  const today = todayIn(client.helpdeskTimeZone);
  const listed = await listTickets(client, "open", {
    startDate: addDays(today, -1),
    endDate: today,
    withMessage: false,
  });
  if (listed.outcome !== "accepted") return null;
  const wanted = digitsOrAsWritten(userNumber);
  const mine = listed.report.tickets.filter(
    (t) => t.customerNumber && digitsOrAsWritten(t.customerNumber) === wanted,
  );
  mine.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  return mine[0]?.ticketCode ?? null;
}

/**
 * Opens a helpdesk ticket. A customer who already has an open or processing ticket is not an
 * error for the form: it shows that ticket instead. Field refusals land on their fields; any
 * other failure throws an ExpectedError in plain words.
 */
export async function openHelpdeskTicket(
  input: OpenTicketValues,
  actor: Actor,
): Promise<OpenTicketOutcome> {
  const client = await getHelpdeskClient();
  const result = await openTicket(client, input);
  // A new ticket (or one that may have been opened) must show on every board at its next load.
  if (result.outcome !== "not_sent") await invalidateHelpdeskReads();

  if (result.outcome === "accepted") {
    const ticketCode = await findOpenedTicketCode(client, input.userNumber);
    logger.info("helpdesk ticket opened", { ticketCode, by: actor.user.id });
    await recordAuditEvent({
      action: "ticket.opened",
      actor: actor.user,
      target: ticketCode ? `ticket ${ticketCode}` : `customer ${input.userNumber}`,
      ip: actor.ip,
    });
    return { kind: "opened", ticketCode };
  }

  if (result.outcome === "rejected") {
    const refusal = result.helpdeskError;
    if (refusal.kind === "ticket_exists") {
      return {
        kind: "exists",
        existing: {
          code: refusal.existing.code,
          status: refusal.existing.status,
          customerNumber: refusal.existing.user,
        },
      };
    }
    if (refusal.kind === "invalid_param") {
      throw new ExpectedError(
        "invalid_param",
        "The helpdesk did not accept some fields. Check the fields marked below.",
        { fieldErrors: refusedFields(refusal.fields) },
      );
    }
    if (refusal.kind === "invalid_param_group") {
      throw new ExpectedError("invalid_param_group", UNKNOWN_GROUP, {
        fieldErrors: { group: [UNKNOWN_GROUP] },
      });
    }
  }

  if (result.outcome === "not_sent" && result.reason === "invalid_request" && result.issues) {
    throw new ExpectedError("invalid_input", "Some fields need attention.", {
      fieldErrors: toFieldErrors(result.issues),
    });
  }

  const problem = describeHelpdeskFailure(result, "open");
  logger.warn("helpdesk open ticket failed", { outcome: result.outcome, code: problem.code });
  throw helpdeskRefusal(problem, "open");
}
