// Zod issues (or any issues with a path) as the messages a form shows next to each field.
// Safe for client and server.
import type { z } from "zod";

/** Messages per field path ("message.rows.0.title"); "_form" holds what belongs to no field. */
export type FieldErrors = Record<string, string[] | undefined>;

/** The first message per top-level field, as the URL-driven filter forms show them. */
export type FirstFieldErrors = Partial<Record<string, string>>;

type Issue = { path: readonly PropertyKey[] | string; message: string };

const FORM_KEY = "_form";

function issuesOf(source: z.ZodError | readonly Issue[]): readonly Issue[] {
  return "issues" in source ? source.issues : source;
}

function keyOf(path: Issue["path"]): string {
  return (typeof path === "string" ? path : path.map(String).join(".")) || FORM_KEY;
}

/** Every message, per full path. */
export function toFieldErrors(source: z.ZodError | readonly Issue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issuesOf(source)) (out[keyOf(issue.path)] ??= []).push(issue.message);
  return out;
}

/** One message per field, from a map that has one already (rules checked outside zod). */
export function fieldErrorsFrom(messages: Partial<Record<string, string>>): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(messages)) if (message) out[field] = [message];
  return out;
}

/**
 * The first message per top-level field; issues without a path go under `formKey`.
 * Filter forms show one message under each control.
 */
export function firstErrorPerField(
  source: z.ZodError | readonly Issue[],
  formKey = "form",
): FirstFieldErrors {
  const out: FirstFieldErrors = {};
  for (const issue of issuesOf(source)) {
    const first = typeof issue.path === "string" ? issue.path.split(".")[0] : issue.path[0];
    out[first === undefined || first === "" ? formKey : String(first)] ??= issue.message;
  }
  return out;
}
