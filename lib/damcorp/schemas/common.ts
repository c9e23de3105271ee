// Pieces shared by several Damcorp requests and responses: the response envelope, the
// per-recipient result, message headers, reply buttons and product sections.
import { z } from "zod";
import {
  HEADER_TEXT_MAX,
  PRODUCT_ITEMS_TOTAL_MAX,
  PRODUCT_SECTIONS_MAX,
  PRODUCT_SECTION_TITLE_MAX,
  REPLY_BUTTONS_MAX,
  REPLY_BUTTONS_MIN,
  REPLY_BUTTON_TEXT_MAX,
} from "../limits";
import { firstDuplicateIndex, httpUrl, text } from "./fields";

// ---------------------------------------------------------------------------------------------
// Responses

/**
 * Damcorp documents `responseCode` as a string ("000", "725"); a number is accepted too and
 * padded back so 0 reads as "000" rather than "0".
 */
export const responseCodeSchema = z
  .union([z.string(), z.number()])
  .transform((code) => (typeof code === "number" ? String(code).padStart(3, "0") : code.trim()));

/** Every Damcorp answer (WhatsApp and helpdesk) uses this envelope; `data` varies per call. */
export const envelopeSchema = z.object({
  responseCode: responseCodeSchema,
  version: z.string().nullish(),
  message: z.string().nullish(),
  data: z.unknown(),
});
export type DamcorpEnvelope = z.infer<typeof envelopeSchema>;

export const RECIPIENT_STATUSES = ["sent", "invalid", "failed"] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

const idLike = z.union([z.string(), z.number()]).transform(String);

/**
 * One entry of a send response's `data`. responseCode "000" still carries per-recipient
 * `status: "invalid" | "failed"`, so the status is kept for each recipient.
 */
export const recipientResultWireSchema = z.object({
  to: idLike,
  msgId: z.string().nullish(),
  mediaId: z.string().nullish(),
  status: z.enum(RECIPIENT_STATUSES),
  error_status: z.union([z.string(), z.number()]).nullish(),
  error_msg: z.string().nullish(),
  trxid: idLike.nullish(),
});
export type RecipientResultWire = z.infer<typeof recipientResultWireSchema>;

/** `data` of a send (text, HSM, interactive, media, sticker, location, contact). */
export const sendResponseDataSchema = z.array(recipientResultWireSchema);

export const sendResponseSchema = envelopeSchema.extend({ data: sendResponseDataSchema });
export type SendResponse = z.infer<typeof sendResponseSchema>;

/** An error answer: `data` is null (WhatsApp) or error details (helpdesk). */
export const errorResponseSchema = envelopeSchema;

// ---------------------------------------------------------------------------------------------
// Headers

export const headerTextSchema = text("Header text", HEADER_TEXT_MAX);

export const textHeaderSchema = z.strictObject({
  type: z.literal("text"),
  data: headerTextSchema,
});

export const imageHeaderSchema = z.strictObject({
  type: z.literal("image"),
  data: httpUrl("Header image"),
});

export const documentHeaderSchema = z.strictObject({
  type: z.literal("document"),
  data: httpUrl("Header document"),
  filename: text("Header document file name").optional(),
});

export const videoHeaderSchema = z.strictObject({
  type: z.literal("video"),
  data: httpUrl("Header video"),
});

const coordinate = (label: string, limit: number) =>
  text(label).refine((v) => {
    const n = Number(v);
    return /^-?\d+(\.\d+)?$/.test(v.trim()) && Math.abs(n) <= limit;
  }, `${label} must be a number between -${limit} and ${limit}`);

/**
 * The place, as sendLocation nests it under `header.data`. The spec's example sends the
 * coordinates as strings ("37.483307"), so they stay strings on the wire.
 */
export const locationDataSchema = z.strictObject({
  latitude: coordinate("Latitude", 90),
  longitude: coordinate("Longitude", 180),
  name: text("Place name").optional(),
  address: text("Place address").optional(),
});

export type LocationData = z.infer<typeof locationDataSchema>;

export const locationHeaderSchema = z.strictObject({
  type: z.literal("location"),
  data: locationDataSchema,
});

// ---------------------------------------------------------------------------------------------
// Buttons and products

export const replyButtonSchema = z.strictObject({
  text: text("Reply button text", REPLY_BUTTON_TEXT_MAX),
});

export const replyButtonsSchema = z
  .array(replyButtonSchema, { error: "Reply buttons must be a list" })
  .min(REPLY_BUTTONS_MIN, `Add at least ${REPLY_BUTTONS_MIN} reply button`)
  .max(REPLY_BUTTONS_MAX, `A message can have at most ${REPLY_BUTTONS_MAX} reply buttons`)
  .superRefine((buttons, ctx) => {
    const index = firstDuplicateIndex(buttons, (b) => b.text);
    if (index >= 0) {
      ctx.addIssue({
        code: "custom",
        path: [index, "text"],
        message: "Reply buttons must each have a different text",
      });
    }
  });

export const productItemSchema = z.strictObject({
  product_retailer_id: text("Product retailer ID"),
});

export const productSectionSchema = z.strictObject({
  title: text("Product section title", PRODUCT_SECTION_TITLE_MAX),
  product_items: z
    .array(productItemSchema, { error: "Product items must be a list" })
    .min(1, "Each product section needs at least 1 product"),
});

export const productSectionsSchema = z
  .array(productSectionSchema, { error: "Product sections must be a list" })
  .min(1, "Add at least 1 product section")
  .max(PRODUCT_SECTIONS_MAX, `A message can have at most ${PRODUCT_SECTIONS_MAX} product sections`)
  .refine(
    (sections) =>
      sections.reduce((total, s) => total + s.product_items.length, 0) <= PRODUCT_ITEMS_TOTAL_MAX,
    `A message can show at most ${PRODUCT_ITEMS_TOTAL_MAX} products in total`,
  );
