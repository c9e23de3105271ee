// Request body of POST /whatsapp/sendHsm/{templateName} in all documented variants:
// plain params; text / image / document / video / location header; limited-time offer;
// copy_code, url, catalog, flow and static `{}` buttons; authentication `{text}`; carousel;
// and the interactive-template forms where `buttons` is an OBJECT, not an array.
import { z } from "zod";
import {
  CAROUSEL_CARDS_MAX,
  CAROUSEL_CARDS_MIN,
  CAROUSEL_CARD_BODY_MAX,
  CAROUSEL_CARD_BUTTONS_MAX,
  COUPON_CODE_MAX,
  OTP_CODE_MAX,
  TEMPLATE_BUTTONS_MAX,
  TEMPLATE_NAME_MAX,
  URL_PARAM_MAX,
} from "../limits";
import {
  documentHeaderSchema,
  headerTextSchema,
  imageHeaderSchema,
  locationHeaderSchema,
  productSectionsSchema,
  videoHeaderSchema,
} from "./common";
import { recipientNumberSchema, templateParamSchema, text, tokenSchema } from "./fields";

/** Template names are WhatsApp identifiers; they go into the URL path. */
export const templateNameSchema = text("Template name", TEMPLATE_NAME_MAX).regex(
  /^[a-z0-9_]+$/,
  "Template name can only contain lowercase letters, numbers and underscores",
);

/** HSM accepts one number as a string or several as an array (both appear in the spec). */
export const hsmRecipientsSchema = z.union([
  recipientNumberSchema,
  z
    .array(recipientNumberSchema, { error: "Recipients must be a list" })
    .min(1, "Add at least 1 recipient"),
]);

export const templateParamsSchema = z.array(templateParamSchema, {
  error: "Template parameters must be a list",
});

/**
 * The interactive-template examples send `header: {type: "text"}` without `data` (the header
 * text is fixed in the template); the header-text template sends `{type: "text", data}`.
 */
export const hsmTextHeaderSchema = z.strictObject({
  type: z.literal("text"),
  data: headerTextSchema.optional(),
});

export const hsmHeaderSchema = z.discriminatedUnion(
  "type",
  [
    hsmTextHeaderSchema,
    imageHeaderSchema,
    documentHeaderSchema,
    videoHeaderSchema,
    locationHeaderSchema,
  ],
  { error: "Template header type must be text, image, document, video or location" },
);

// Buttons (array form) -----------------------------------------------------------------------

/**
 * `{}` marks a static button (e.g. quick reply) when static and dynamic buttons are combined;
 * `{text}` is the authentication template's one-time code. Neither carries `type`.
 */
export const untypedHsmButtonSchema = z.strictObject({
  type: z.undefined().optional(),
  text: text("One-time code", OTP_CODE_MAX).optional(),
});

export const couponButtonSchema = z.strictObject({
  type: z.literal("copy_code"),
  coupon_code: text("Coupon code", COUPON_CODE_MAX),
});

export const urlParamSchema = text("URL button value", URL_PARAM_MAX);

export const urlButtonSchema = z.strictObject({
  type: z.literal("url"),
  url_param: urlParamSchema,
});

export const catalogButtonSchema = z.strictObject({
  type: z.literal("catalog"),
  action: z.strictObject({
    thumbnail_product_retailer_id: text("Thumbnail product retailer ID"),
    sections: productSectionsSchema,
  }),
});

export const flowButtonSchema = z.strictObject({
  type: z.literal("flow"),
  action: z.strictObject({ flow_token: text("Flow token") }),
});

export const hsmButtonSchema = z.discriminatedUnion(
  "type",
  [
    untypedHsmButtonSchema,
    couponButtonSchema,
    urlButtonSchema,
    catalogButtonSchema,
    flowButtonSchema,
  ],
  { error: "Template button type must be copy_code, url, catalog or flow (or none)" },
);

/** The interactive-template form: `{type: "url", url_param}` or just `{url_param}`. */
export const hsmUrlButtonObjectSchema = z.strictObject({
  type: z.literal("url").optional(),
  url_param: urlParamSchema,
});

export const hsmButtonsSchema = z.union([
  z
    .array(hsmButtonSchema)
    .min(1, "Add at least 1 template button")
    .max(TEMPLATE_BUTTONS_MAX, `A template can have at most ${TEMPLATE_BUTTONS_MAX} buttons`),
  hsmUrlButtonObjectSchema,
]);

// Limited-time offer ------------------------------------------------------------------------

export const limitedTimeOfferSchema = z.strictObject({
  type: z.literal("limited_time_offer"),
  parameters: z.tuple([
    z.strictObject({
      type: z.literal("limited_time_offer"),
      limited_time_offer: z.strictObject({
        expiration_time_ms: z
          .number({ error: "Offer expiration time must be a number of milliseconds" })
          .int("Offer expiration time must be a whole number of milliseconds")
          .positive("Offer expiration time must be greater than 0"),
      }),
    }),
  ]),
});

// Carousel -----------------------------------------------------------------------------------

export const carouselHeaderComponentSchema = z.strictObject({
  type: z.literal("HEADER"),
  parameters: z.tuple([
    z.discriminatedUnion(
      "type",
      [
        z.strictObject({
          type: z.literal("IMAGE"),
          image: z.strictObject({ id: text("Card image asset ID") }),
        }),
        z.strictObject({
          type: z.literal("VIDEO"),
          video: z.strictObject({ id: text("Card video asset ID") }),
        }),
      ],
      { error: "A card header must be an image or a video" },
    ),
  ]),
});

export const carouselBodyComponentSchema = z.strictObject({
  type: z.literal("BODY"),
  parameters: z
    .array(
      z.strictObject({
        type: z.literal("TEXT"),
        text: text("Card body variable", CAROUSEL_CARD_BODY_MAX),
      }),
    )
    .min(1, "A card body needs at least 1 variable"),
});

/** Button index: a zero-based position, sent as a string as in the spec ("<BUTTON_INDEX>"). */
const buttonIndexSchema = z
  .string()
  .regex(/^[0-9]+$/, "Button index must be 0 or a positive whole number");

// The spec's example spells the quick-reply button in upper case and the URL button in lower
// case ("button", "payload"); both spellings are accepted.
export const carouselButtonComponentSchema = z.strictObject({
  type: z.enum(["BUTTON", "button"]),
  sub_type: z.enum(["QUICK_REPLY", "URL", "quick_reply", "url"]),
  index: buttonIndexSchema,
  parameters: z.tuple([
    z.strictObject({
      type: z.enum(["PAYLOAD", "payload"]),
      payload: text("Card button value"),
    }),
  ]),
});

export const carouselComponentSchema = z.discriminatedUnion(
  "type",
  [carouselHeaderComponentSchema, carouselBodyComponentSchema, carouselButtonComponentSchema],
  { error: "Card component type must be HEADER, BODY or BUTTON" },
);

export const carouselCardSchema = z
  .strictObject({
    card_index: z.number().int().min(0, "Card index must be 0 or more"),
    components: z.array(carouselComponentSchema),
  })
  .superRefine((card, ctx) => {
    const headers = card.components.filter((c) => c.type === "HEADER").length;
    if (headers !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["components"],
        message: "Each card needs exactly 1 image or video header",
      });
    }
    const buttons = card.components.filter((c) => c.type === "BUTTON" || c.type === "button");
    if (buttons.length > CAROUSEL_CARD_BUTTONS_MAX) {
      ctx.addIssue({
        code: "custom",
        path: ["components"],
        message: `A card can have at most ${CAROUSEL_CARD_BUTTONS_MAX} buttons`,
      });
    }
  });

export const carouselSchema = z.strictObject({
  type: z.literal("CAROUSEL"),
  cards: z
    .array(carouselCardSchema)
    .min(CAROUSEL_CARDS_MIN, `A carousel needs at least ${CAROUSEL_CARDS_MIN} card`)
    .max(CAROUSEL_CARDS_MAX, `A carousel can have at most ${CAROUSEL_CARDS_MAX} cards`),
});

// Body ---------------------------------------------------------------------------------------

export const sendHsmBodySchema = z.strictObject({
  token: tokenSchema,
  to: hsmRecipientsSchema,
  param: templateParamsSchema,
  header: hsmHeaderSchema.optional(),
  buttons: hsmButtonsSchema.optional(),
  limited_time_offer: limitedTimeOfferSchema.optional(),
  carousel: carouselSchema.optional(),
});
export type SendHsmBody = z.infer<typeof sendHsmBodySchema>;
export type HsmHeader = z.infer<typeof hsmHeaderSchema>;
export type HsmButton = z.infer<typeof hsmButtonSchema>;
export type HsmButtons = z.infer<typeof hsmButtonsSchema>;
export type CarouselCard = z.infer<typeof carouselCardSchema>;
export type CarouselComponent = z.infer<typeof carouselComponentSchema>;
