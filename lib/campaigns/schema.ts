// The shapes of a campaign, one zod schema each (types inferred): the draft the wizard builds
// (name, sender, message with its placeholders), a recipient with its frozen values, the
// mapping of placeholders to columns or contact attributes, launch and schedule, the recipient
// table's filter. Safe for client and server.
import { z } from "zod";
import { messageKinds } from "@/lib/composer/kinds";
import { recipientStatuses } from "./statuses";

export { campaignStatuses, recipientStatuses } from "./statuses";
export type { CampaignStatus, RecipientStatus } from "./statuses";

/** Recipients a campaign may have (the wizard keeps its audience on the server). */
export const CAMPAIGN_RECIPIENTS_MAX = 100_000;
export const CAMPAIGN_VALUE_MAX = 1_024;
export const RECIPIENTS_PAGE_SIZE = 50;

export const campaignIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "This campaign link is not valid");

export const campaignNameSchema = z
  .string()
  .trim()
  .min(1, "Campaign name is required")
  .max(120, "A campaign name can be at most 120 characters");

/**
 * The message as the composer's form holds it (lib/composer/draft-schema.ts MessageDraftInput),
 * placeholders left empty: it is checked per recipient once their values are in
 * (lib/campaigns/personalise.ts recipientRequest), and as a whole at launch.
 */
export const campaignMessageSchema = z.looseObject({ kind: z.enum(messageKinds) });

/** Where one placeholder's value comes from, per recipient. */
export const valueSourceSchema = z.discriminatedUnion("source", [
  /** An audience column, by its header as the file has it. */
  z.object({ source: z.literal("column"), column: z.string().min(1, "Pick a column") }),
  /** A contact's attribute (or "name"), for recipients picked from contacts. */
  z.object({ source: z.literal("attribute"), attribute: z.string().min(1, "Pick an attribute") }),
  /** The same text for everyone. */
  z.object({ source: z.literal("fixed"), value: z.string().max(CAMPAIGN_VALUE_MAX) }),
]);
export type ValueSource = z.infer<typeof valueSourceSchema>;

export const placeholderMappingSchema = z.object({
  from: valueSourceSchema,
  /** Used when the recipient's value is empty. */
  fallback: z.string().max(CAMPAIGN_VALUE_MAX).optional(),
  /** Leave the row out (counted in the review) when its value is empty and there is no fallback. */
  skipIfEmpty: z.boolean().default(false),
});
/** Placeholder id (lib/campaigns/placeholders.ts) → where its value comes from. */
export const mappingSchema = z.record(z.string(), placeholderMappingSchema);
export type PlaceholderMapping = z.infer<typeof placeholderMappingSchema>;
export type Mapping = z.infer<typeof mappingSchema>;

export const campaignDraftSchema = z.object({
  name: campaignNameSchema,
  /** A SenderNumber id, or "env" (lib/senders). */
  senderId: z.string().trim().min(1, "Sender number is required"),
  message: campaignMessageSchema.optional(),
  mapping: mappingSchema.optional(),
  /** The wizard's own state (audience source, step…): kept as given. */
  wizardState: z.record(z.string(), z.unknown()).optional(),
});
export type CampaignDraftInput = z.input<typeof campaignDraftSchema>;
export type CampaignDraft = z.output<typeof campaignDraftSchema>;

export const updateCampaignDraftSchema = campaignDraftSchema
  .partial()
  .extend({ id: campaignIdSchema });
export type UpdateCampaignDraft = z.output<typeof updateCampaignDraftSchema>;

/** One recipient with their frozen values, as the wizard plans them from its audience. */
export const campaignRecipientSchema = z.object({
  /** The audience row it came from (as the spreadsheet numbers it). */
  row: z.number().int().min(1),
  /** Digits with the country code, as lib/phone reads a number (6281234567890). */
  to: z.string().regex(/^[1-9]\d{7,14}$/, "A number is 8 to 15 digits with its country code"),
  /** Placeholder id → value. */
  values: z.record(
    z.string(),
    z.string().max(CAMPAIGN_VALUE_MAX, `A value can be at most ${CAMPAIGN_VALUE_MAX} characters`),
  ),
  contactId: z.string().min(1).optional(),
  name: z.string().max(200).optional(),
});
export type CampaignRecipientInput = z.infer<typeof campaignRecipientSchema>;

export const replaceRecipientsSchema = z.object({
  id: campaignIdSchema,
  recipients: z
    .array(campaignRecipientSchema)
    .max(CAMPAIGN_RECIPIENTS_MAX, `A campaign has at most ${CAMPAIGN_RECIPIENTS_MAX} recipients`),
});

export const launchCampaignSchema = z.object({
  id: campaignIdSchema,
  /** Null or absent: now. A moment with its offset (the wizard converts the user's zone). */
  scheduledAt: z.iso
    .datetime({ offset: true, error: "Pick a date and time" })
    .nullable()
    .optional(),
  /** Admins only: send to opted-out recipients too, for this reason (audited). */
  optOutOverrideReason: z.string().trim().max(500, "At most 500 characters").optional(),
});
export type LaunchCampaignInput = z.input<typeof launchCampaignSchema>;

export const campaignActionSchema = z.object({ id: campaignIdSchema });

export const resendUnknownSchema = z.object({
  id: campaignIdSchema,
  /** The operator read that the customers may get the message twice. */
  confirmDuplicates: z.literal(true, { error: "Confirm that some customers may get it twice" }),
});

/** The recipient table's filter, kept in the URL. */
export const recipientFilterSchema = z.object({
  status: z.enum(recipientStatuses).optional(),
  errorCode: z.string().trim().max(40).optional(),
  /** The start of a number, digits only (0812… is read as 62812…). */
  number: z
    .string()
    .trim()
    .regex(/^\+?\d{1,15}$/, "Digits only")
    .optional(),
});
export type RecipientFilter = z.infer<typeof recipientFilterSchema>;
