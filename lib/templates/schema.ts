// A saved template: Kabar's copy of a Damcorp/WhatsApp-approved message template, so the
// composer can show one input per placeholder and preview exactly what the recipient sees.
// The single source of truth for the template forms, the templates service and the composer.
import { z } from "zod";
import * as limits from "@/lib/damcorp/limits";

const label = (name: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${name} is required`)
    .max(max, `${name} can be at most ${max} characters`);

export const templateCategories = ["MARKETING", "UTILITY", "AUTHENTICATION"] as const;
export const templateHeaderKinds = [
  "none",
  "text",
  "image",
  "document",
  "video",
  "location",
] as const;
export type TemplateHeaderKind = (typeof templateHeaderKinds)[number];

/** A button's URL. http(s) only: z.url() alone also accepts javascript: and ftp: URLs. */
const buttonUrl = (message: string) =>
  z
    .string()
    .trim()
    .url(message)
    .refine((v) => /^https?:\/\/[^\s/]+/i.test(v), { message });

/** Buttons as approved in the template; which of them need a value per send is in param-slots.ts. */
export const templateButtonSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("quick_reply"), text: label("Button text", 25) }),
  z.object({
    type: z.literal("url"),
    text: label("Button text", 25),
    /** The approved URL; a trailing {{1}} is the dynamic part filled per send (url_param). */
    url: buttonUrl("Enter the button's URL, e.g. https://example.com/track/{{1}}"),
  }),
  z.object({ type: z.literal("phone"), text: label("Button text", 25), phone: label("Phone", 20) }),
  z.object({ type: z.literal("copy_code"), text: label("Button text", 25) }),
  z.object({ type: z.literal("flow"), text: label("Button text", 25) }),
  z.object({ type: z.literal("catalog"), text: label("Button text", 25) }),
  /** Authentication templates: the copy-code button carrying the one-time code. */
  z.object({ type: z.literal("otp"), text: label("Button text", 25) }),
]);
export type TemplateButton = z.infer<typeof templateButtonSchema>;

export const carouselCardDefinitionSchema = z.object({
  headerKind: z.enum(["image", "video"]),
  body: z
    .string()
    .max(
      limits.CAROUSEL_CARD_BODY_MAX,
      `Card text can be at most ${limits.CAROUSEL_CARD_BODY_MAX} characters`,
    ),
  buttons: z
    .array(
      z.discriminatedUnion("type", [
        z.object({ type: z.literal("quick_reply"), text: label("Button text", 25) }),
        z.object({
          type: z.literal("url"),
          text: label("Button text", 25),
          url: buttonUrl("Enter the button's URL, e.g. https://example.com/product/{{1}}"),
        }),
      ]),
    )
    .max(
      limits.CAROUSEL_CARD_BUTTONS_MAX,
      `A card has at most ${limits.CAROUSEL_CARD_BUTTONS_MAX} buttons`,
    ),
});
export type CarouselCardDefinition = z.infer<typeof carouselCardDefinitionSchema>;

export const templateInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Template name is required")
    .max(limits.TEMPLATE_NAME_MAX)
    .regex(/^[a-z0-9_]+$/, "Use the Damcorp template name: lower-case letters, digits and _"),
  language: z.string().trim().min(2, "Language is required, e.g. id or en_US").max(10),
  category: z.enum(templateCategories),
  headerKind: z.enum(templateHeaderKinds),
  /** Text header, may contain {{1}}. */
  headerText: z
    .string()
    .max(limits.HEADER_TEXT_MAX, `Header can be at most ${limits.HEADER_TEXT_MAX} characters`)
    .optional(),
  body: label("Body", limits.INTERACTIVE_BODY_MAX),
  footer: z
    .string()
    .max(limits.FOOTER_MAX, `Footer can be at most ${limits.FOOTER_MAX} characters`)
    .optional(),
  buttons: z
    .array(templateButtonSchema)
    .max(
      limits.TEMPLATE_BUTTONS_MAX,
      `A template has at most ${limits.TEMPLATE_BUTTONS_MAX} buttons`,
    ),
  /**
   * Interactive templates (the spec's ubah_alamat, auto_respon, konfirmasi_pembayaran) take their
   * URL parameter as an object instead of an array: "object" sends {url_param}, "object_typed"
   * sends {type: "url", url_param}.
   */
  buttonsFormat: z.enum(["array", "object", "object_typed"]),
  cards: z
    .array(carouselCardDefinitionSchema)
    .max(limits.CAROUSEL_CARDS_MAX, `A carousel has at most ${limits.CAROUSEL_CARDS_MAX} cards`),
  /** Limited-time offer: the send carries an expiration. */
  offerExpiry: z.boolean(),
});
export type TemplateInput = z.infer<typeof templateInputSchema>;

/** A saved template as the app reads it (JSON columns parsed). */
export type SavedTemplate = TemplateInput & { id: string; createdAt: Date; updatedAt: Date };
