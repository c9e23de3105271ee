// What an operator composes: the one shape shared by the composer forms (react-hook-form +
// zodResolver), the live preview, the request view and the send action. Each message kind's
// draft is described in lib/composer/kinds; this module is their union and the whole compose.
import { z } from "zod";
import { messageDraftSchema } from "./kinds";
import { required } from "./kinds/fields";

export { messageDraftSchema };
export type { MessageKind, MessageDraftInput } from "./kinds";
export { mediaRefSchema, locationSchema, type MediaRef } from "./kinds/fields";
export {
  templateButtonValueSchema,
  carouselCardValueSchema,
  type TemplateButtonValue,
} from "./kinds/template-draft";

export type MessageDraft = z.infer<typeof messageDraftSchema>;

/** A whole compose: who sends, to whom, what; the idempotency key makes resubmits harmless. */
export const composeSchema = z.object({
  idempotencyKey: z.string().uuid("Reload the composer: its send key is missing"),
  senderId: required("Sender number"),
  /** As typed (one per line, or separated by commas); normalised and de-duplicated on the server. */
  recipients: required("Recipients"),
  /** Set when the compose started from a helpdesk ticket. */
  ticketCode: z.string().optional(),
  message: messageDraftSchema,
  /** An admin's reason to send to recipients who opted out (audited per number). */
  optOutOverrideReason: z.string().trim().max(500, "At most 500 characters").optional(),
});
export type Compose = z.infer<typeof composeSchema>;
