// Damcorp helpdesk API (api-key header): ticket report reads and open/close actions.
// Ticket fields arrive as strings ("totalResponse": "4") and timestamps carry no zone.
import { z } from "zod";
import { envelopeSchema } from "./common";
import { phoneNumber, text } from "./fields";

/** The list path segment. Note the asymmetry: path `closed`, but ticket `status: "close"`. */
export const TICKET_LIST_STATUSES = ["open", "processing", "closed"] as const;
export type TicketListStatus = (typeof TICKET_LIST_STATUSES)[number];

/** Status values inside a ticket. */
export const TICKET_STATUSES = ["open", "processing", "close"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

const dateOnly = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date written as YYYY-MM-DD`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    }, `${label} is not a real calendar date`);

// Requests -----------------------------------------------------------------------------------

// GET /api/v2/report/ticket/?ticketCode=&with_message=
export const getTicketQuerySchema = z.strictObject({
  ticketCode: text("Ticket code"),
  with_message: z.enum(["true", "false"]).optional(),
});
export type GetTicketQuery = z.infer<typeof getTicketQuerySchema>;

// GET /api/v2/report/tickets/{open|processing|closed}?start_date=&end_date=&with_message=&per_page=&page=
export const listTicketsQuerySchema = z
  .strictObject({
    start_date: dateOnly("Start date").optional(),
    end_date: dateOnly("End date").optional(),
    with_message: z.enum(["true", "false"]).optional(),
    per_page: z
      .string()
      .regex(/^[1-9][0-9]*$/, "Tickets per page must be a whole number above 0")
      .optional(),
    page: z
      .string()
      .regex(/^[1-9][0-9]*$/, "Page must be a whole number above 0")
      .optional(),
  })
  .refine((q) => !q.start_date || !q.end_date || q.start_date <= q.end_date, {
    path: ["end_date"],
    message: "End date must be on or after the start date",
  });
export type ListTicketsQuery = z.infer<typeof listTicketsQuerySchema>;

// POST /api/v2/ticket/open
export const openTicketBodySchema = z.strictObject({
  userNumber: phoneNumber("Customer number"),
  userName: text("Customer name"),
  issue: text("Issue"),
  tag: text("Tag"),
  operatorEmail: z.email("Operator email must be an email address").optional(),
  group: text("Group ID").optional(),
});
export type OpenTicketBody = z.infer<typeof openTicketBodySchema>;

// POST /api/v2/ticket/close
export const closeTicketBodySchema = z.strictObject({
  userNumber: phoneNumber("Customer number"),
  ticketCode: text("Ticket code"),
});
export type CloseTicketBody = z.infer<typeof closeTicketBodySchema>;

// Responses ----------------------------------------------------------------------------------

const wireString = z.union([z.string(), z.number()]).transform(String);

export const ticketMessageWireSchema = z.object({
  dateCreate: z.string().nullish(),
  body: z.string().nullish(),
  messageType: z.string().nullish(),
  type: z.string().nullish(),
  caption: z.string().nullish(),
});
export type TicketMessageWire = z.infer<typeof ticketMessageWireSchema>;

export const ticketWireSchema = z.object({
  dateCreate: z.string().nullish(),
  dateClose: z.string().nullish(),
  ticketCode: wireString,
  problem: z.string().nullish(),
  customerName: z.string().nullish(),
  customerNumber: wireString.nullish(),
  operatorName: z.string().nullish(),
  operatorNumber: wireString.nullish(),
  totalResponse: wireString.nullish(),
  status: z.string(),
  messages: z.array(ticketMessageWireSchema).nullish(),
});
export type TicketWire = z.infer<typeof ticketWireSchema>;

export const ticketReportDataSchema = z.object({
  companyNumber: wireString.nullish(),
  companyName: z.string().nullish(),
  ticket: z.array(ticketWireSchema),
  total: z.union([z.number(), z.string()]).nullish(),
});
export type TicketReportData = z.infer<typeof ticketReportDataSchema>;

export const ticketReportResponseSchema = envelopeSchema.extend({ data: ticketReportDataSchema });

/** Open/close answer `data: ""` on success. */
export const ticketActionResponseSchema = envelopeSchema;

/** `message: "ticket_exists"` — the customer's ticket that is still open. */
export const ticketExistsDataSchema = z.object({
  code: wireString,
  status: z.string(),
  user: wireString,
});

/** `message: "invalid_param" | "invalid_param_group"` — the offending field names. */
export const invalidParamDataSchema = z.array(z.string());
