// The values a template send carries: the saved template's placeholders, header, dynamic buttons
// and carousel cards decide which of them a send needs (lib/composer/template-values.ts).
import { z } from "zod";
import * as limits from "@/lib/damcorp/limits";
import {
  capped,
  fileName,
  locationSchema,
  mediaRefSchema,
  productSection,
  required,
} from "./fields";

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

export const templateDraftSchema = z.object({
  kind: z.literal("template"),
  /** The saved template (lib/templates) whose definition drives inputs and preview. */
  templateId: required("Template"),
  headerParam: z.string().max(limits.HEADER_TEXT_MAX).optional(),
  headerMedia: mediaRefSchema.optional(),
  /** A document header's file name as the recipient sees it (spec: header.filename). */
  headerFilename: fileName,
  headerLocation: locationSchema.optional(),
  bodyParams: z.array(templateParam),
  buttons: z.array(templateButtonValueSchema),
  /** Limited-time offer: when it expires (ISO date-time, in the future). */
  offerExpiresAt: z.string().datetime({ offset: true }).optional(),
  cards: z.array(carouselCardValueSchema).max(limits.CAROUSEL_CARDS_MAX),
});
export type TemplateDraft = z.output<typeof templateDraftSchema>;
export type TemplateDraftInput = z.input<typeof templateDraftSchema>;
