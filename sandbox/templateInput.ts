// Templates registered at runtime (POST /__sandbox/templates, startSandbox({ templates }),
// SANDBOX_TEMPLATES): a short description of an approved template, turned into the same
// TemplateSpec the built-in registry uses, so sendHsm checks them the same way (725 / 2000).
import { z } from "zod";
import {
  BUTTON_KINDS,
  CATEGORIES,
  HEADER_KINDS,
  type ButtonKind,
  type TemplateSpec,
} from "./templates";

/** Aliases people use for the static (parameter-less) buttons. */
const STATIC_ALIASES = ["quick_reply", "phone_number"] as const;
const buttonKind = z.enum([...BUTTON_KINDS, ...STATIC_ALIASES]);

const headerSchema = z.union([
  z.literal("none"),
  z.enum(HEADER_KINDS),
  z
    .object({
      kind: z.enum(HEADER_KINDS),
      /** Must the request send the header? Default true. */
      required: z.boolean().default(true),
      /** Does the request supply its content (a text header's `data`)? Default true. */
      variable: z.boolean().default(true),
    })
    .strict(),
]);

const buttonsSchema = z.union([
  /** The template's buttons in order, e.g. ["quick_reply", "url"]. */
  z.array(buttonKind).max(10),
  z
    .object({
      allowed: z.array(buttonKind).min(1),
      required: z.boolean().default(false),
      max: z.number().int().min(1).max(10).default(10),
    })
    .strict(),
]);

export const templateInputSchema = z
  .object({
    // A path segment of /whatsapp/sendHsm/{name}.
    name: z
      .string()
      .min(1)
      .max(512)
      .regex(/^[^/?#\s]+$/, "no slashes, spaces, ? or #"),
    paramCount: z.number().int().min(0).max(100).optional(),
    /** Body text with {{n}} placeholders; gives paramCount when that is left out. */
    body: z.string().optional(),
    category: z.enum(CATEGORIES).default("MARKETING"),
    language: z.string().min(1).default("id"),
    header: headerSchema.nullable().default(null),
    buttons: buttonsSchema.nullable().default(null),
    limitedTimeOffer: z.boolean().default(false),
    carousel: z.boolean().default(false),
    /** Answers carry error_status / error_msg / trxid per recipient (the newer examples). */
    extendedResponse: z.boolean().default(false),
  })
  .strict()
  .superRefine((input, context) => {
    const fromBody = input.body === undefined ? undefined : highestPlaceholder(input.body);
    if (input.paramCount === undefined && fromBody === undefined) {
      context.addIssue({ code: "custom", message: "paramCount or body is required" });
    }
    if (input.paramCount !== undefined && fromBody !== undefined && fromBody !== input.paramCount) {
      context.addIssue({
        code: "custom",
        path: ["paramCount"],
        message: `paramCount ${input.paramCount} but the body's placeholders go up to {{${fromBody}}}`,
      });
    }
  });

export type TemplateInput = z.input<typeof templateInputSchema>;

export const templateListSchema = z
  .array(templateInputSchema)
  .refine((list) => new Set(list.map((t) => t.name)).size === list.length, "duplicate name");

function highestPlaceholder(body: string): number {
  let highest = 0;
  for (const match of body.matchAll(/\{\{\s*(\d+)\s*\}\}/g)) {
    highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

const normaliseKind = (kind: z.infer<typeof buttonKind>): ButtonKind =>
  (STATIC_ALIASES as readonly string[]).includes(kind) ? "static" : (kind as ButtonKind);

/** Buttons whose value the request must send (a URL suffix, a code, products). */
const NEEDS_VALUE: readonly ButtonKind[] = ["url", "copy_code", "otp", "catalog"];

export function toTemplateSpec(input: z.output<typeof templateInputSchema>): TemplateSpec {
  const header =
    input.header === null || input.header === "none"
      ? null
      : typeof input.header === "string"
        ? { kind: input.header, required: true, variable: true }
        : input.header;
  let buttons: TemplateSpec["buttons"] = null;
  if (Array.isArray(input.buttons) && input.buttons.length > 0) {
    const kinds = input.buttons.map(normaliseKind);
    buttons = {
      allowed: [...new Set(kinds)],
      required: kinds.some((kind) => NEEDS_VALUE.includes(kind)),
      max: kinds.length,
    };
  } else if (input.buttons && !Array.isArray(input.buttons)) {
    buttons = { ...input.buttons, allowed: [...new Set(input.buttons.allowed.map(normaliseKind))] };
  }
  return {
    name: input.name,
    category: input.category,
    language: input.language,
    body: input.body ?? "",
    paramCount: input.paramCount ?? highestPlaceholder(input.body ?? ""),
    header,
    buttons,
    limitedTimeOffer: input.limitedTimeOffer,
    carousel: input.carousel,
    extendedResponse: input.extendedResponse,
  };
}

/** Validated specs, or a thrown Error naming the problem (for start-up options). */
export function parseTemplates(input: unknown, source: string): TemplateSpec[] {
  const parsed = templateListSchema.safeParse(input);
  if (!parsed.success) throw new Error(`${source}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.map(toTemplateSpec);
}
