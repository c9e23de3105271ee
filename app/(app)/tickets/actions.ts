"use server";

import { defineAction } from "@/lib/actions/define-action";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
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
  run: async (input, { user, ip }) => {
    const result = await openHelpdeskTicket(input, user);
    if (result.kind === "opened") {
      const target = result.ticketCode
        ? `ticket ${result.ticketCode}`
        : `customer ${input.userNumber}`;
      await recordAuditEvent({ action: "ticket.opened", actor: user, target, ip });
    }
    return result;
  },
});

export const closeTicketAction = defineAction({
  name: "tickets.close",
  input: closeTicketSchema,
  roles: canSend,
  run: async (input, { user, ip }) => {
    await closeHelpdeskTicket(input, user);
    await recordAuditEvent({
      action: "ticket.closed",
      actor: user,
      target: `ticket ${input.ticketCode}`,
      ip,
    });
    return { ticketCode: input.ticketCode };
  },
});
