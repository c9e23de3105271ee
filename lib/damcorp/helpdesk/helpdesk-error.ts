// Helpdesk refusals share responseCode "400" and differ by `message` and `data`; this gives
// each a typed shape so the UI can point at the right fields or the existing ticket.
import { invalidParamDataSchema, ticketExistsDataSchema } from "../schemas/helpdesk";

export type HelpdeskError =
  | { kind: "invalid_param"; fields: string[] }
  | { kind: "invalid_param_group"; fields: string[] }
  | { kind: "ticket_exists"; existing: { code: string; status: string; user: string } }
  | { kind: "other"; code: string; message: string };

export function parseHelpdeskError(code: string, message: string, data: unknown): HelpdeskError {
  if (message === "invalid_param" || message === "invalid_param_group") {
    const fields = invalidParamDataSchema.safeParse(data);
    return { kind: message, fields: fields.success ? fields.data : [] };
  }
  if (message === "ticket_exists") {
    const existing = ticketExistsDataSchema.safeParse(data);
    if (existing.success) return { kind: "ticket_exists", existing: existing.data };
  }
  return { kind: "other", code, message };
}
