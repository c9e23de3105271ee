"use server";

import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { closeHelpdeskTicket } from "@/lib/tickets/close-helpdesk-ticket";
import { openHelpdeskTicket } from "@/lib/tickets/open-helpdesk-ticket";
import { closeTicketSchema, openTicketSchema } from "@/lib/tickets/schema";

// Agents and admins change tickets; viewers only read the board (the page does not render these
// controls for them, and these refuse them anyway).

export const openTicketAction = defineAction({
  name: "tickets.open",
  input: openTicketSchema,
  roles: canSend,
  run: (input, actor) => openHelpdeskTicket(input, actor),
});

export const closeTicketAction = defineAction({
  name: "tickets.close",
  input: closeTicketSchema,
  roles: canSend,
  run: async (input, actor) => {
    const outcome = await closeHelpdeskTicket(input, actor);
    return { ticketCode: input.ticketCode, confirmedBy: outcome.confirmedBy };
  },
});
