// The building blocks of the message kinds' draft schemas: required and length-capped text,
// web addresses, media references, coordinates. Limits come from lib/damcorp/limits.ts so every
// error names WhatsApp's rule.
import { z } from "zod";
import * as limits from "@/lib/damcorp/limits";

export const required = (name: string) => z.string().trim().min(1, `${name} is required`);
export const capped = (name: string, max: number) =>
  required(name).max(max, `${name} can be at most ${max} characters`);
export const optionalCapped = (name: string, max: number) =>
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

export const locationSchema = z.object({
  latitude: coordinate("Latitude", 90),
  longitude: coordinate("Longitude", 180),
  name: optionalCapped("Place name", 100),
  address: optionalCapped("Address", 200),
});

/**
 * A location message's place: name and address required. The spec lists them without
 * "optional" and a Damcorp reading refuses a place without them (721), so the composer asks for
 * them instead of sending and failing. (A template's location header keeps them optional.)
 */
export const placeSchema = locationSchema.extend({
  name: capped("Place name", 100),
  address: capped("Address", 200),
});

export const messageBody = (max: number) => capped("Message", max);
export const footer = optionalCapped("Footer", limits.FOOTER_MAX);
export const fileName = optionalCapped("File name", 240);

export const productSection = z.object({
  title: capped("Section title", limits.PRODUCT_SECTION_TITLE_MAX),
  productRetailerIds: z.array(required("Product ID")).min(1, "Add at least one product"),
});
