// Shapes of what agents send about tickets, shared by the forms (react-hook-form) and the server
// actions, so the browser and the server refuse the same things with the same words.
import { z } from "zod";
import { normalizePhone } from "@/lib/phone/normalize";
import { refuseUnsafeText } from "@/lib/text/unsafe-characters";

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} can be at most ${max} characters`);

/** Empty means "not given": optional fields arrive from forms as "". */
const optionalTrimmed = <T extends z.ZodType<unknown, string | undefined>>(schema: T) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(schema);

/** A customer number as typed; becomes E.164 (+62…), which the helpdesk reads unambiguously. */
export const customerNumberSchema = z
  .string({ error: "Customer number is required" })
  .transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (!phone.ok) {
      ctx.addIssue({ code: "custom", message: `Customer number: ${phone.reason}` });
      return z.NEVER;
    }
    return phone.e164;
  });

/** The helpdesk's open-ticket fields (spec: userNumber, userName, issue, tag, operatorEmail?, group?). */
export const openTicketSchema = z
  .object({
    userNumber: customerNumberSchema,
    userName: trimmed("Customer name", 100),
    issue: trimmed("Issue", 1000),
    tag: trimmed("Tag", 50),
    operatorEmail: optionalTrimmed(
      z.email("Operator email must be an email address, like name@example.com").optional(),
    ),
    group: optionalTrimmed(z.string().max(20, "Group ID can be at most 20 characters").optional()),
  })
  // Control characters and broken halves of emoji are refused on the field they are in.
  .superRefine(refuseUnsafeText);
export type OpenTicketFormValues = z.input<typeof openTicketSchema>;
export type OpenTicketValues = z.output<typeof openTicketSchema>;

/** Fields of the open-ticket form, in the order the form shows them. */
export const OPEN_TICKET_FIELDS = [
  "userNumber",
  "userName",
  "issue",
  "tag",
  "operatorEmail",
  "group",
] as const satisfies readonly (keyof OpenTicketValues)[];

export const ticketCodeSchema = z
  .string({ error: "Ticket code is required" })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, "Ticket code is not valid");

export const closeTicketSchema = z.object({
  ticketCode: ticketCodeSchema,
  /** The ticket's customer, as the board showed it: the helpdesk checks that they match. */
  userNumber: z
    .string({ error: "Customer number is required" })
    .trim()
    .regex(/^\+?\d{6,15}$/, "Customer number is not valid"),
});
export type CloseTicketValues = z.output<typeof closeTicketSchema>;
