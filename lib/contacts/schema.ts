// Shapes of contacts as forms and URLs give them, shared by the browser and the server actions.
import { z } from "zod";
import { normalizePhone } from "@/lib/phone/normalize";
import { ATTRIBUTE_KEY } from "@/lib/spreadsheet/mapping";
import { searchString } from "@/lib/url/search-params";

export const MAX_NAME_LENGTH = 200;
export const MAX_TAG_LENGTH = 40;
export const MAX_ATTRIBUTE_VALUE_LENGTH = 1000;
export const CONTACTS_PAGE_SIZE = 50;

/** Tags compare as typed, without case or repeated spaces: "VIP " and "vip" are one tag. */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, " ").slice(0, MAX_TAG_LENGTH);
}

/** "vip, Jakarta; promo" → ["vip", "jakarta", "promo"]: tags as a cell or a field holds them. */
export function parseTagList(text: string): string[] {
  return [...new Set(text.split(/[,;|]/).map(normalizeTag).filter(Boolean))];
}

/** A contact's name folded for search: lowercase, accents removed (the same on every database). */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export const contactNumberSchema = z
  .string({ error: "Phone number is required" })
  .transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (!phone.ok) {
      ctx.addIssue({ code: "custom", message: `${phone.reason}.` });
      return z.NEVER;
    }
    return phone.e164;
  });

const nameSchema = z
  .string()
  .trim()
  .max(MAX_NAME_LENGTH, `A name can be at most ${MAX_NAME_LENGTH} characters`)
  .transform((v) => (v === "" ? null : v));

const attributeLineSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(ATTRIBUTE_KEY, "Attribute names are lowercase letters, digits and _, such as kota"),
  value: z
    .string()
    .trim()
    .max(
      MAX_ATTRIBUTE_VALUE_LENGTH,
      `A value can be at most ${MAX_ATTRIBUTE_VALUE_LENGTH} characters`,
    ),
});

/**
 * Attributes as the form sends them: one "key = value" a line. Empty lines are ignored; a line
 * with an empty value removes that attribute.
 */
export const attributeTextSchema = z
  .string()
  .max(50_000)
  .transform((text, ctx) => {
    const out: Record<string, string> = {};
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "") return;
      const at = line.indexOf("=");
      const parsed = attributeLineSchema.safeParse(
        at < 0 ? { key: line, value: "" } : { key: line.slice(0, at), value: line.slice(at + 1) },
      );
      if (!parsed.success) {
        ctx.addIssue({
          code: "custom",
          message: `Line ${i + 1}: ${parsed.error.issues[0]?.message ?? "not key = value"}`,
        });
        return;
      }
      if (parsed.data.value !== "") out[parsed.data.key] = parsed.data.value;
    });
    return out;
  });

export const contactFormSchema = z.object({
  number: contactNumberSchema,
  name: nameSchema,
  tags: z.string().max(2000).default("").transform(parseTagList),
  attributes: z.string().default("").pipe(attributeTextSchema),
});
export type ContactFormValues = z.output<typeof contactFormSchema>;

export const contactIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "That is not a contact id");

export const updateContactSchema = contactFormSchema.omit({ number: true }).extend({
  id: contactIdSchema,
});

export const bulkTagSchema = z.object({
  ids: z
    .array(contactIdSchema)
    .min(1, "Select at least one contact")
    .max(CONTACTS_PAGE_SIZE * 4),
  tag: z.string().transform(normalizeTag).pipe(z.string().min(1, "Type a tag")),
  operation: z.enum(["add", "remove"]),
});

/** The list's filters, read from the URL (anything unreadable is said next to its field). */
export const contactFilterSchema = z.object({
  q: z.string().trim().max(100, "Search for at most 100 characters").optional(),
  tag: z.string().transform(normalizeTag).optional(),
  attribute: z.string().trim().regex(ATTRIBUTE_KEY, "Choose an attribute from the list").optional(),
  value: z.string().trim().max(MAX_ATTRIBUTE_VALUE_LENGTH).optional(),
  optOut: z
    .enum(["opted_out", "reachable"], { message: "Choose an opt-out state from the list" })
    .optional(),
});
export type ContactFilter = z.output<typeof contactFilterSchema>;
export const contactFilterFields = Object.keys(
  contactFilterSchema.shape,
) as (keyof ContactFilter)[];

export const contactQuerySchema = contactFilterSchema.extend({
  /** The id of the last contact of the previous page (older contacts follow). */
  after: contactIdSchema.optional(),
  /** The id of the first contact of the next page (newer contacts come before it). */
  before: contactIdSchema.optional(),
});
export type ContactQuery = z.output<typeof contactQuerySchema>;
export const contactQueryKeys = Object.keys(contactQuerySchema.shape) as (keyof ContactQuery)[];
type ContactQueryKey = keyof ContactQuery;

/** Why a number opts out or back in: required, in a few words (audited). */
export const optOutReasonSchema = z
  .string({ error: "Say why" })
  .trim()
  .min(3, "Say why, in a few words (for example: asked by phone)")
  .max(500, "At most 500 characters");

export const optOutInputSchema = z.object({ id: contactIdSchema, reason: optOutReasonSchema });

/** Opting a number back in from the opt-out list (the number may not be a contact). */
export const optInNumberSchema = z.object({
  e164: z.string().regex(/^\+[1-9][0-9]{6,15}$/, "That is not a phone number in E.164 form"),
  reason: optOutReasonSchema,
});

/** The search string of a filter plus position, e.g. "?tag=vip&after=c…". */
export function contactSearch(
  values: Partial<Record<ContactQueryKey, string | undefined>>,
): string {
  return searchString(contactQueryKeys, values);
}
