// The compose form's resolver: the draft schema (zodResolver), then what the schema cannot see on
// its own — one value per template placeholder, header files as web addresses, the recipients
// list — with the same functions the server runs, so an error shows here before sending.
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, Resolver } from "react-hook-form";
import { composeSchema } from "@/lib/composer/draft-schema";
import { readRecipients, recipientsIssue } from "@/lib/composer/recipients";
import type { FieldIssues } from "@/lib/composer/template-values";
import { messageWireIssues } from "@/lib/composer/kinds";
import type { TemplateInput } from "@/lib/templates/schema";
import type { ComposeFormOutput, ComposeFormValues } from "./form-types";

/** Puts `error` at a dotted path of a nested errors object, keeping what is already there. */
function setErrorAt(target: Record<string, unknown>, path: string, error: object) {
  const keys = path.split(".");
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    const next = node[key];
    node = (node[key] = next && typeof next === "object" ? next : {}) as Record<string, unknown>;
  });
  const last = keys[keys.length - 1]!;
  if (!node[last]) node[last] = error;
}

export function composeResolver(
  templateOf: (id: string) => TemplateInput | undefined,
): Resolver<ComposeFormValues, unknown, ComposeFormOutput> {
  const schemaResolver = zodResolver(composeSchema);
  return async (values, context, options) => {
    const result = await schemaResolver(values, context, options);
    const issues: FieldIssues = messageWireIssues(
      values.message,
      values.message.kind === "template" ? templateOf(values.message.templateId) : undefined,
    );
    // Reading a long list on every keystroke elsewhere would be wasted work.
    if (!options.names || options.names.includes("recipients")) {
      const problem = recipientsIssue(readRecipients(values.recipients));
      if (problem) issues.recipients = problem;
    }
    if (Object.keys(issues).length === 0) return result;
    const errors = { ...result.errors } as Record<string, unknown>;
    for (const [path, message] of Object.entries(issues)) {
      setErrorAt(errors, path, { type: "wire", message });
    }
    return { values: {}, errors: errors as FieldErrors<ComposeFormValues> };
  };
}
