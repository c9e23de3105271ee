// Request validation for the WhatsApp endpoints. Failures become responseCode 721 with HTTP 200,
// and the message names the offending field so a developer can see what the sandbox disliked.
import { z } from "zod";
import { fail, type Reply } from "../envelope";

/** The spec shows `to` both as a string and as an array of strings. */
export const toSchema = z.union([
  z.string().min(1, "must not be empty"),
  z.array(z.string().min(1, "must not be empty")).min(1, "needs at least one recipient"),
]);

export function recipientsOf(to: string | string[]): string[] {
  return Array.isArray(to) ? to : [to];
}

/** Limits WhatsApp enforces on session content (the spec only states the button/list counts). */
export const LIMITS = {
  text: 4096,
  caption: 1024,
  interactiveBody: 1024,
  headerText: 60,
  footer: 60,
  buttonTitle: 20,
  buttons: 3,
  listButton: 20,
  listRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  filename: 240,
  couponCode: 15,
  carouselCards: 10,
  cardBodyText: 160,
} as const;

export interface Problem {
  /** The refused field as the request spells it, dotted: "header.data.name", "buttons.0.text". */
  field: string;
  reason: string;
}

/**
 * 721 naming the refused fields: `data` lists them (like the helpdesk's invalid_param) and the
 * message says why. `invalidParamData: "null"` turns `data` into null (see pipeline).
 */
export function invalidParameters(problems: readonly Problem[]): Reply {
  const fields = [...new Set(problems.map((p) => p.field))];
  const details = problems.map((p) => `${p.field}: ${p.reason}`).join("; ");
  return fail("whatsapp", "721", `invalid_parameter: ${details}`, fields);
}

export function invalidParameter(field: string, reason: string): Reply {
  return invalidParameters([{ field, reason }]);
}

/** Parsed data, or a 721 reply listing each problem as "path: reason". */
export function parseOr721<T extends z.ZodType>(
  schema: T,
  input: unknown,
  pathPrefix: readonly (string | number)[] = [],
): { ok: true; data: z.infer<T> } | { ok: false; reply: Reply } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue) => ({
    field: [...pathPrefix, ...issue.path].map(String).join(".") || "body",
    reason: issue.message,
  }));
  return { ok: false, reply: invalidParameters(problems) };
}

export const maxText = (field: string, max: number) =>
  z.string().max(max, `${field} must be at most ${max} characters`);
