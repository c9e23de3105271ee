// Opening and closing tickets. Every business error answers HTTP 200 with responseCode "400" or
// "404" in the body, as the spec's examples show.
import type { Handler } from "../context";
import { fail, ok } from "../envelope";
import { validNumberOrNull } from "../numbers";
import { answerTicketText, GROUPS, OPERATORS, type Ticket } from "./model";
import { invalidParam } from "./report";

function requiredString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export const openTicket: Handler = ({ state, body }) => {
  const required = ["userNumber", "userName", "issue", "tag"] as const;
  const values = Object.fromEntries(required.map((f) => [f, requiredString(body, f)]));
  const missing = required.filter((f) => values[f] === undefined);
  if (missing.length) return invalidParam([...missing]);
  const number = validNumberOrNull(values.userNumber ?? "");
  if (!number) return invalidParam(["userNumber"]);

  const raw = body.group;
  const group =
    raw === undefined || raw === null
      ? null
      : typeof raw === "string" || typeof raw === "number"
        ? String(raw)
        : ""; // an object or a boolean is no group id: refused below
  // hasOwn, not `in`: "constructor" must not pass as a group id.
  if (group !== null && !Object.hasOwn(GROUPS, group)) {
    return fail("helpdesk", "400", "invalid_param_group", ["group"]);
  }
  const email = body.operatorEmail;
  if (email !== undefined && email !== null && typeof email !== "string") {
    return invalidParam(["operatorEmail"]);
  }
  const operatorEmail = typeof email === "string" ? email.toLowerCase() : null;

  const existing = state.activeTicketOf(number);
  if (existing) {
    return fail("helpdesk", "400", "ticket_exists", {
      code: existing.code,
      status: existing.status,
      user: existing.customerNumber,
    });
  }

  const now = state.now();
  const code = String(state.nextTicketCode++);
  const userName = values.userName ?? "";
  // An operator is assigned only when the email belongs to a sandbox operator; the ticket stays
  // "open" either way (the spec says nothing about assignment changing the status).
  const ticket: Ticket = {
    code,
    createdAt: now,
    closedAt: null,
    problem: values.issue ?? "",
    tag: values.tag ?? "",
    group,
    customerName: userName,
    customerNumber: number,
    operator: OPERATORS.find((op) => op.email === operatorEmail) ?? null,
    status: "open",
    messages: [
      {
        at: now,
        body: answerTicketText(userName, code),
        messageType: "text",
        kind: "ANSWER_TICKET",
        caption: null,
      },
    ],
  };
  state.tickets.push(ticket);
  return ok("helpdesk", "");
};

export const closeTicket: Handler = ({ state, body }) => {
  const userNumber = requiredString(body, "userNumber");
  const code = requiredString(body, "ticketCode");
  const missing = [...(userNumber ? [] : ["userNumber"]), ...(code ? [] : ["ticketCode"])];
  if (missing.length) return invalidParam(missing);
  const ticket = state.findTicket(code ?? "");
  if (!ticket) return fail("helpdesk", "404", "ticket_not_found");
  if (validNumberOrNull(userNumber ?? "") !== ticket.customerNumber)
    return invalidParam(["userNumber"]);
  if (ticket.status === "close") return fail("helpdesk", "400", "ticket_already_closed");
  ticket.status = "close";
  ticket.closedAt = state.now();
  return ok("helpdesk", "");
};
