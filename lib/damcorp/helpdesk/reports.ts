// Ticket reads: one ticket by code, or a list by status (path `open` | `processing` | `closed`).
import { z } from "zod";
import type { CallOptions } from "../call";
import type { DamcorpClient } from "../client";
import {
  getTicketQuerySchema,
  listTicketsQuerySchema,
  ticketReportDataSchema,
  type TicketListStatus,
} from "../schemas/helpdesk";
import { helpdeskGet, type HelpdeskResult } from "./request";
import { toTicketReport, type Ticket, type TicketReport } from "./ticket";

export type GetTicketResult = HelpdeskResult<{ ticket: Ticket | null; report: TicketReport }>;
export type ListTicketsResult = HelpdeskResult<{ report: TicketReport }>;

export type ListTicketsOptions = {
  /** YYYY-MM-DD */
  startDate?: string;
  /** YYYY-MM-DD */
  endDate?: string;
  withMessage?: boolean;
  perPage?: number;
  page?: number;
};

function withDefined(entries: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
const count = (value: number | undefined) => (value === undefined ? undefined : String(value));

export function getTicket(
  client: DamcorpClient,
  ticketCode: string,
  query: { withMessage?: boolean } = {},
  options?: CallOptions,
): Promise<GetTicketResult> {
  return helpdeskGet(
    client,
    {
      // The spec's path has a trailing slash before the query: /report/ticket/?ticketCode=…
      path: "/api/v2/report/ticket/",
      query: withDefined({ ticketCode, with_message: flag(query.withMessage) }),
      querySchema: getTicketQuerySchema,
      dataSchema: ticketReportDataSchema,
      accept: (data) => {
        const report = toTicketReport(data, client.helpdeskTimeZone);
        return { ticket: report.tickets[0] ?? null, report };
      },
    },
    options,
  );
}

const listStatusSchema = z.enum(["open", "processing", "closed"], {
  error: 'Ticket list status must be "open", "processing" or "closed"',
});

export function listTickets(
  client: DamcorpClient,
  status: TicketListStatus,
  query: ListTicketsOptions = {},
  options?: CallOptions,
): Promise<ListTicketsResult> {
  return helpdeskGet(
    client,
    {
      path: `/api/v2/report/tickets/${encodeURIComponent(status)}`,
      query: withDefined({
        start_date: query.startDate,
        end_date: query.endDate,
        with_message: flag(query.withMessage),
        per_page: count(query.perPage),
        page: count(query.page),
      }),
      querySchema: listTicketsQuerySchema,
      // The status is part of the path, so it is checked on its own.
      checks: [{ field: "status", schema: listStatusSchema, value: status }],
      dataSchema: ticketReportDataSchema,
      accept: (data) => ({ report: toTicketReport(data, client.helpdeskTimeZone) }),
    },
    options,
  );
}
