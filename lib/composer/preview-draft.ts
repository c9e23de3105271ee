// The draft the preview and the request view show while the operator types: the parsed draft
// when it is valid (exactly what the server will send), otherwise the typed values as they are,
// so both keep following every keystroke instead of going blank on the first incomplete field.
import { messageDraftSchema, type MessageDraft } from "./draft-schema";
import type { MessageDraftInput } from "./draft-schema";

export function previewDraft(input: MessageDraftInput): { draft: MessageDraft; complete: boolean } {
  const parsed = messageDraftSchema.safeParse(input);
  if (parsed.success) return { draft: parsed.data, complete: true };
  // The input has the draft's shape (the form is built from the schema); only values differ:
  // untrimmed text, empty optional fields, coordinates still text. The builders accept those.
  return { draft: input as MessageDraft, complete: false };
}
