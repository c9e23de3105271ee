// Report endpoints: one ticket by code, and tickets by status within a date range.
import { isValidDay, dayInZone } from "../clock";
import type { Handler } from "../context";
import { fail, ok, type Reply } from "../envelope";
import { ticketListData } from "./format";
import type { TicketStatus } from "./model";

/** URL segment → status value. The list path says "closed" but tickets say "close". */
const STATUS_BY_SEGMENT: Record<string, TicketStatus> = {
  open: "open",
  processing: "processing",
  closed: "close",
};

export function invalidParam(fields: string[]): Reply {
  return fail("helpdesk", "400", "invalid_param", fields);
}

/** with_message is "a boolean type": true/false (any case) or 1/0; absent means false. */
function readWithMessage(query: URLSearchParams): boolean | undefined {
  const raw = query.get("with_message");
  if (raw === null || raw === "") return false;
  const value = raw.toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return undefined;
}

function positiveInt(raw: string | null): number | null | undefined {
  if (raw === null || raw === "") return null; // absent
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined; // undefined = invalid
}

/** An unknown ticket code is not an error: the answer is "000" with no tickets. */
export const getTicket: Handler = ({ state, query }) => {
  const code = query.get("ticketCode")?.trim();
  const withMessages = readWithMessage(query);
  const bad = [
    ...(code ? [] : ["ticketCode"]),
    ...(withMessages === undefined ? ["with_message"] : []),
  ];
  if (bad.length) return invalidParam(bad);
  const ticket = state.findTicket(code ?? "");
  const tickets = ticket ? [ticket] : [];
  return ok(
    "helpdesk",
    ticketListData(tickets, tickets.length, state.options.timeZone, withMessages === true),
  );
};

export const listTickets: Handler = ({ state, query, params }) => {
  const status = STATUS_BY_SEGMENT[params.status ?? ""];
  // The router only sends known segments here, but keep the type honest.
  if (!status) return fail("helpdesk", "404", "not_found", null, 404);
  const start = query.get("start_date") ?? "";
  const end = query.get("end_date") ?? "";
  const withMessages = readWithMessage(query);
  const perPage = positiveInt(query.get("per_page"));
  // A helpdesk that follows only the documented per_page never even looks at `page`.
  const page = state.config.helpdeskIgnoresPage ? null : positiveInt(query.get("page"));
  const bad: string[] = [];
  if (!isValidDay(start)) bad.push("start_date");
  if (!isValidDay(end) || (isValidDay(start) && end < start)) bad.push("end_date");
  if (withMessages === undefined) bad.push("with_message");
  if (perPage === undefined) bad.push("per_page");
  if (page === undefined) bad.push("page");
  if (bad.length) return invalidParam(bad);

  const zone = state.options.timeZone;
  // Inclusive calendar days in the helpdesk's zone, newest first (as in the spec's closed example).
  const matching = state.tickets
    .filter((t) => t.status === status)
    .filter((t) => {
      const day = dayInZone(t.createdAt, zone);
      return day >= start && day <= end;
    })
    .sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || Number(b.code) - Number(a.code),
    );
  const size = perPage ?? matching.length;
  const offset = ((page ?? 1) - 1) * size;
  const slice = perPage ? matching.slice(offset, offset + size) : matching;
  return ok("helpdesk", ticketListData(slice, matching.length, zone, withMessages === true));
};
