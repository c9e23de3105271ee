// Request bodies of the session (non-template) WhatsApp sends. These only reach a contact who
// wrote to the number in the last 24 hours (otherwise Damcorp answers responseCode "470").
// Field names, nesting and string-vs-array follow the spec's example bodies exactly.
import { z } from "zod";
import {
  CAPTION_MAX,
  FOOTER_MAX,
  INTERACTIVE_BODY_MAX,
  LIST_ROWS_MAX,
  LIST_ROWS_MIN,
  LIST_ROW_DESCRIPTION_MAX,
  LIST_ROW_TITLE_MAX,
  LIST_TITLE_MAX,
  TEXT_MESSAGE_MAX,
} from "../limits";
import {
  documentHeaderSchema,
  imageHeaderSchema,
  locationDataSchema,
  locationHeaderSchema,
  productSectionsSchema,
  replyButtonsSchema,
  textHeaderSchema,
  videoHeaderSchema,
} from "./common";
import {
  firstDuplicateIndex,
  httpUrl,
  mediaSource,
  phoneNumber,
  recipientNumberSchema,
  text,
  tokenSchema,
} from "./fields";

export const footerSchema = text("Footer", FOOTER_MAX);
export const captionSchema = text("Caption", CAPTION_MAX);

// POST /whatsapp/sendText
export const sendTextBodySchema = z.strictObject({
  token: tokenSchema,
  to: recipientNumberSchema,
  message: text("Message", TEXT_MESSAGE_MAX),
});
export type SendTextBody = z.infer<typeof sendTextBodySchema>;

// POST /whatsapp/sendInteractive — four documented forms, told apart by `type`.
const interactiveBody = text("Message", INTERACTIVE_BODY_MAX);

export const replyButtonsMessageBodySchema = z.strictObject({
  token: tokenSchema,
  to: recipientNumberSchema,
  message: interactiveBody,
  type: z.literal("button"),
  header: z
    .discriminatedUnion(
      "type",
      [textHeaderSchema, imageHeaderSchema, documentHeaderSchema, videoHeaderSchema],
      { error: "Header type must be text, image, document or video" },
    )
    .optional(),
  buttons: replyButtonsSchema,
  footer: footerSchema.optional(),
});

export const listRowSchema = z.strictObject({
  title: text("List row title", LIST_ROW_TITLE_MAX),
  description: text("List row description", LIST_ROW_DESCRIPTION_MAX).optional(),
});

export const listRowsSchema = z
  .array(listRowSchema, { error: "List rows must be a list" })
  .min(LIST_ROWS_MIN, `Add at least ${LIST_ROWS_MIN} list row`)
  .max(LIST_ROWS_MAX, `A list can have at most ${LIST_ROWS_MAX} rows`)
  .superRefine((rows, ctx) => {
    // The reply only carries the chosen row's title, so two equal titles could not be told apart.
    const index = firstDuplicateIndex(rows, (r) => r.title);
    if (index >= 0) {
      ctx.addIssue({
        code: "custom",
        path: [index, "title"],
        message: "List rows must each have a different title",
      });
    }
  });

export const listMessageBodySchema = z.strictObject({
  token: tokenSchema,
  to: recipientNumberSchema,
  message: interactiveBody,
  type: z.literal("list"),
  list_title: text("List button title", LIST_TITLE_MAX),
  list: listRowsSchema,
  header: textHeaderSchema.optional(),
});

export const singleProductMessageBodySchema = z.strictObject({
  token: tokenSchema,
  to: recipientNumberSchema,
  message: interactiveBody,
  type: z.literal("product"),
  product: z.strictObject({
    catalog_id: text("Catalog ID"),
    product_retailer_id: text("Product retailer ID"),
  }),
  footer: footerSchema.optional(),
});

export const multiProductMessageBodySchema = z.strictObject({
  token: tokenSchema,
  to: recipientNumberSchema,
  message: interactiveBody,
  type: z.literal("product_list"),
  product_list: z.strictObject({
    catalog_id: text("Catalog ID"),
    sections: productSectionsSchema,
  }),
  // WhatsApp requires a text header on multi-product messages.
  header: textHeaderSchema,
  footer: footerSchema.optional(),
});

export const sendInteractiveBodySchema = z.discriminatedUnion(
  "type",
  [
    replyButtonsMessageBodySchema,
    listMessageBodySchema,
    singleProductMessageBodySchema,
    multiProductMessageBodySchema,
  ],
  { error: "Interactive message type must be button, list, product or product_list" },
);
export type SendInteractiveBody = z.infer<typeof sendInteractiveBodySchema>;

// POST /whatsapp/sendImage | sendDocument | sendAudio | sendVideo
// The media field takes base64 (or a data: URL), a URL, or a media ID from uploadMedia.
export const sendImageBodySchema = z.strictObject({
  to: recipientNumberSchema,
  token: tokenSchema,
  image: mediaSource("Image"),
  caption: captionSchema.optional(),
});
export type SendImageBody = z.infer<typeof sendImageBodySchema>;

export const sendDocumentBodySchema = z.strictObject({
  to: recipientNumberSchema,
  token: tokenSchema,
  document: mediaSource("Document"),
  caption: captionSchema.optional(),
  filename: text("File name").optional(),
});
export type SendDocumentBody = z.infer<typeof sendDocumentBodySchema>;

export const sendAudioBodySchema = z.strictObject({
  to: recipientNumberSchema,
  token: tokenSchema,
  audio: mediaSource("Audio"),
});
export type SendAudioBody = z.infer<typeof sendAudioBodySchema>;

export const sendVideoBodySchema = z.strictObject({
  to: recipientNumberSchema,
  token: tokenSchema,
  video: mediaSource("Video"),
  caption: captionSchema.optional(),
});
export type SendVideoBody = z.infer<typeof sendVideoBodySchema>;

// POST /whatsapp/sendSticker — "Sticker URL with webp format".
export const stickerUrlSchema = httpUrl("Sticker").refine((v) => {
  try {
    return new URL(v).pathname.toLowerCase().endsWith(".webp");
  } catch {
    return false;
  }
}, "Sticker must be the address of a .webp image");

export const sendStickerBodySchema = z.strictObject({
  token: tokenSchema,
  to: recipientNumberSchema,
  sticker: stickerUrlSchema,
});
export type SendStickerBody = z.infer<typeof sendStickerBodySchema>;

// POST /whatsapp/sendLocation — `to` is an array, the place sits under header.data and
// `param` is an empty array, exactly as the spec's example. The spec's table lists name and
// address without "optional", and a Damcorp reading refuses a place without them (721): both
// are required here, so such a location is stopped before it is sent.
export const sendLocationBodySchema = z.strictObject({
  token: tokenSchema,
  to: z
    .array(recipientNumberSchema, { error: "Recipients must be a list" })
    .min(1, "Add at least 1 recipient"),
  header: locationHeaderSchema.extend({
    data: locationDataSchema.extend({ name: text("Place name"), address: text("Place address") }),
  }),
  param: z.array(z.never()).max(0, "A location message has no template parameters"),
});
export type SendLocationBody = z.infer<typeof sendLocationBodySchema>;

// POST /whatsapp/sendContact
export const sendContactBodySchema = z.strictObject({
  token: tokenSchema,
  to: recipientNumberSchema,
  phone: phoneNumber("Contact phone number"),
  name: text("Contact name"),
});
export type SendContactBody = z.infer<typeof sendContactBodySchema>;
