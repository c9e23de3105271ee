// What an operator composes: the one shape shared by the composer forms (react-hook-form +
// zodResolver), the live preview, the request view and the send action (which parses it again
// on the server). Limits come from lib/damcorp/limits.ts so every error names WhatsApp's rule.
import { z } from "zod";
import * as limits from "@/lib/damcorp/limits";
import { refuseUnsafeText } from "@/lib/text/unsafe-characters";

const required = (name: string) => z.string().trim().min(1, `${name} is required`);
const capped = (name: string, max: number) =>
  required(name).max(max, `${name} can be at most ${max} characters`);
const optionalCapped = (name: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${name} can be at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

const httpUrl = (name: string) =>
  required(name).refine((v) => /^https?:\/\/\S+$/i.test(v), {
    message: `${name} must start with http:// or https://`,
  });

/**
 * A media file for a send: an item of Kabar's media library (resolved on the server to its
 * Damcorp media ID or to base64), a public URL, or a Damcorp media ID received elsewhere.
 */
export const mediaRefSchema = z.discriminatedUnion("source", [
  z.object({
    source: z.literal("library"),
    assetId: required("Media file"),
    /** For the preview only; the server re-reads the asset. */
    name: z.string().optional(),
    mimeType: z.string().optional(),
    previewUrl: z.string().optional(),
  }),
  z.object({ source: z.literal("url"), url: httpUrl("Media URL") }),
  z.object({ source: z.literal("id"), mediaId: capped("Media ID", 200) }),
]);
export type MediaRef = z.infer<typeof mediaRefSchema>;

/**
 * A coordinate typed into a text field: blank is "required" (z.coerce would read it as 0, a real
 * place in the ocean), anything else must be a number within the limit.
 */
const coordinate = (name: string, limit: number) =>
  z.preprocess(
    (value) => {
      if (value === null || value === undefined) return undefined;
      if (typeof value !== "string") return value;
      const text = value.trim();
      if (text === "") return undefined;
      const number = Number(text);
      return Number.isNaN(number) ? value : number;
    },
    z
      .number({
        error: (issue) =>
          issue.input === undefined ? `${name} is required` : `${name} must be a number`,
      })
      .min(-limit, `${name} is between -${limit} and ${limit}`)
      .max(limit, `${name} is between -${limit} and ${limit}`),
  );
const latitude = coordinate("Latitude", 90);
const longitude = coordinate("Longitude", 180);

export const locationSchema = z.object({
  latitude,
  longitude,
  name: optionalCapped("Place name", 100),
  address: optionalCapped("Address", 200),
});

const body = (max: number) => capped("Message", max);
const footer = optionalCapped("Footer", limits.FOOTER_MAX);

const productSection = z.object({
  title: capped("Section title", limits.PRODUCT_SECTION_TITLE_MAX),
  productRetailerIds: z.array(required("Product ID")).min(1, "Add at least one product"),
});

const templateParam = z
  .string()
  .max(
    limits.TEMPLATE_PARAM_MAX,
    `A parameter can be at most ${limits.TEMPLATE_PARAM_MAX} characters`,
  );

/** Per dynamic button of the template, in template order (lib/templates/param-slots.ts). */
export const templateButtonValueSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("url"),
    index: z.number().int(),
    urlParam: capped("URL parameter", limits.URL_PARAM_MAX),
  }),
  z.object({
    type: z.literal("copy_code"),
    index: z.number().int(),
    couponCode: capped("Coupon code", limits.COUPON_CODE_MAX),
  }),
  z.object({ type: z.literal("flow"), index: z.number().int(), flowToken: required("Flow token") }),
  z.object({
    type: z.literal("catalog"),
    index: z.number().int(),
    thumbnailProductRetailerId: required("Thumbnail product ID"),
    sections: z
      .array(productSection)
      .min(1, "Add at least one section")
      .max(limits.PRODUCT_SECTIONS_MAX),
  }),
  z.object({
    type: z.literal("otp"),
    index: z.number().int(),
    code: capped("One-time code", limits.OTP_CODE_MAX),
  }),
]);
export type TemplateButtonValue = z.infer<typeof templateButtonValueSchema>;

export const carouselCardValueSchema = z.object({
  media: mediaRefSchema,
  bodyParams: z.array(templateParam),
  /** Payloads for quick replies and URL variables, by button index in the card. */
  buttonPayloads: z.array(
    z.object({
      index: z.number().int(),
      type: z.enum(["quick_reply", "url"]),
      payload: z.string(),
    }),
  ),
});

export const messageDraftSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("text"), body: body(limits.TEXT_MESSAGE_MAX) }),
    z.object({
      kind: z.literal("template"),
      /** The saved template (lib/templates) whose definition drives inputs and preview. */
      templateId: required("Template"),
      headerParam: z.string().max(limits.HEADER_TEXT_MAX).optional(),
      headerMedia: mediaRefSchema.optional(),
      /** A document header's file name as the recipient sees it (spec: header.filename). */
      headerFilename: optionalCapped("File name", 240),
      headerLocation: locationSchema.optional(),
      bodyParams: z.array(templateParam),
      buttons: z.array(templateButtonValueSchema),
      /** Limited-time offer: when it expires (ISO date-time, in the future). */
      offerExpiresAt: z.string().datetime({ offset: true }).optional(),
      cards: z.array(carouselCardValueSchema).max(limits.CAROUSEL_CARDS_MAX),
    }),
    z.object({
      kind: z.literal("buttons"),
      header: z
        .discriminatedUnion("type", [
          z.object({ type: z.literal("text"), text: capped("Header", limits.HEADER_TEXT_MAX) }),
          z.object({
            type: z.enum(["image", "video", "document"]),
            media: mediaRefSchema,
            /** Document headers only: the file name the recipient sees. */
            filename: optionalCapped("File name", 240),
          }),
        ])
        .optional(),
      body: body(limits.INTERACTIVE_BODY_MAX),
      footer,
      buttons: z
        .array(capped("Button", limits.REPLY_BUTTON_TEXT_MAX))
        .min(limits.REPLY_BUTTONS_MIN, "Add at least one button")
        .max(limits.REPLY_BUTTONS_MAX, `At most ${limits.REPLY_BUTTONS_MAX} buttons`)
        .refine((b) => new Set(b.map((t) => t.trim().toLowerCase())).size === b.length, {
          message: "Each button needs a different text",
        }),
    }),
    z.object({
      kind: z.literal("list"),
      header: optionalCapped("Header", limits.HEADER_TEXT_MAX),
      body: body(limits.INTERACTIVE_BODY_MAX),
      footer,
      listTitle: capped("Menu button", limits.LIST_TITLE_MAX),
      rows: z
        .array(
          z.object({
            title: capped("Row title", limits.LIST_ROW_TITLE_MAX),
            description: optionalCapped("Row description", limits.LIST_ROW_DESCRIPTION_MAX),
          }),
        )
        .min(limits.LIST_ROWS_MIN, "Add at least one row")
        .max(limits.LIST_ROWS_MAX, `At most ${limits.LIST_ROWS_MAX} rows`),
    }),
    z.object({
      kind: z.literal("product"),
      body: body(limits.INTERACTIVE_BODY_MAX),
      footer,
      catalogId: required("Catalog ID"),
      productRetailerId: required("Product ID"),
    }),
    z.object({
      kind: z.literal("product_list"),
      header: capped("Header", limits.HEADER_TEXT_MAX),
      body: body(limits.INTERACTIVE_BODY_MAX),
      footer,
      catalogId: required("Catalog ID"),
      sections: z
        .array(productSection)
        .min(1, "Add at least one section")
        .max(limits.PRODUCT_SECTIONS_MAX),
    }),
    z.object({
      kind: z.literal("image"),
      media: mediaRefSchema,
      caption: optionalCapped("Caption", limits.CAPTION_MAX),
    }),
    z.object({
      kind: z.literal("video"),
      media: mediaRefSchema,
      caption: optionalCapped("Caption", limits.CAPTION_MAX),
    }),
    z.object({ kind: z.literal("audio"), media: mediaRefSchema }),
    z.object({
      kind: z.literal("document"),
      media: mediaRefSchema,
      caption: optionalCapped("Caption", limits.CAPTION_MAX),
      filename: optionalCapped("File name", 240),
    }),
    z.object({ kind: z.literal("sticker"), media: mediaRefSchema }),
    z.object({ kind: z.literal("location"), location: locationSchema }),
    z.object({
      kind: z.literal("contact"),
      name: capped("Contact name", 100),
      phone: required("Contact phone"),
    }),
  ])
  // Every text Damcorp gets: control characters and broken halves of emoji are refused on the
  // field they are in.
  .superRefine(refuseUnsafeText);
export type MessageDraft = z.infer<typeof messageDraftSchema>;
export type MessageKind = MessageDraft["kind"];

/** A whole compose: who sends, to whom, what; the idempotency key makes resubmits harmless. */
export const composeSchema = z.object({
  idempotencyKey: z.string().uuid("Reload the composer: its send key is missing"),
  senderId: required("Sender number"),
  /** As typed (one per line, or separated by commas); normalised and de-duplicated on the server. */
  recipients: required("Recipients"),
  /** Set when the compose started from a helpdesk ticket. */
  ticketCode: z.string().optional(),
  message: messageDraftSchema,
});
export type Compose = z.infer<typeof composeSchema>;
