// Ticket actions: open a ticket for a customer, close a ticket. Both answer `data: ""`.
import { z } from "zod";
import type { CallOptions } from "../call";
import type { DamcorpClient } from "../client";
import {
  closeTicketBodySchema,
  openTicketBodySchema,
  type CloseTicketBody,
  type OpenTicketBody,
} from "../schemas/helpdesk";
import { optional } from "../object-fields";
import { helpdeskPost, type HelpdeskResult } from "./request";

export type OpenTicketInput = {
  /** Numbers starting with 8 or 08 are read by Damcorp as Indonesian. */
  userNumber: string;
  userName: string;
  issue: string;
  tag: string;
  operatorEmail?: string;
  /** Helpdesk group ID, e.g. "1". */
  group?: string;
};

export type CloseTicketInput = { userNumber: string; ticketCode: string };

export type TicketActionResult = HelpdeskResult<object>;

export function buildOpenTicketBody(input: OpenTicketInput): OpenTicketBody {
  return {
    userNumber: input.userNumber,
    userName: input.userName,
    issue: input.issue,
    tag: input.tag,
    ...optional("operatorEmail", input.operatorEmail),
    ...optional("group", input.group),
  };
}

export function buildCloseTicketBody(input: CloseTicketInput): CloseTicketBody {
  return { userNumber: input.userNumber, ticketCode: input.ticketCode };
}

/** Success carries `data: ""` (or nothing useful); any data is accepted. */
const actionDataSchema = z.unknown();

export function openTicket(
  client: DamcorpClient,
  input: OpenTicketInput,
  options?: CallOptions,
): Promise<TicketActionResult> {
  return helpdeskPost(
    client,
    {
      path: "/api/v2/ticket/open",
      body: buildOpenTicketBody(input),
      bodySchema: openTicketBodySchema,
      dataSchema: actionDataSchema,
      accept: () => ({}),
    },
    options,
  );
}

export function closeTicket(
  client: DamcorpClient,
  input: CloseTicketInput,
  options?: CallOptions,
): Promise<TicketActionResult> {
  return helpdeskPost(
    client,
    {
      path: "/api/v2/ticket/close",
      body: buildCloseTicketBody(input),
      bodySchema: closeTicketBodySchema,
      dataSchema: actionDataSchema,
      accept: () => ({}),
    },
    options,
  );
}
