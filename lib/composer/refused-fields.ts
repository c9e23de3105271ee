// A 721 answer names the fields Damcorp refused (`data: ["header.data.name", …]`, its own paths
// in the request body). The composer points at the fields they came from, through each kind's
// refusedField (lib/composer/kinds); paths the form has no field for stay in the outcome's words.
// Pure and safe for the browser.
import { composeKind, type MessageKind } from "./kinds";

/** The form's field for each refused Damcorp path it has one for: `{ "message.location.name": … }`. */
export function refusedFormFields(
  kind: MessageKind,
  damcorpPaths: readonly string[],
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const path of damcorpPaths) {
    const field = path === "to" ? "recipients" : composeKind(kind).refusedField?.(path);
    if (!field) continue;
    const name = field === "recipients" ? field : `message.${field}`;
    fields[name] ??= `Damcorp refused this value (${path}). Correct it and send again.`;
  }
  return fields;
}
