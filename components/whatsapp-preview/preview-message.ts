import type { z } from "zod";
import type { messageDraftSchema } from "@/lib/composer/draft-schema";

/**
 * What the preview shows: a parsed MessageDraft, or the composer form's values as typed
 * (z.input: coordinates still text, optional texts possibly blank) — a MessageDraft is one too.
 */
export type PreviewMessage = z.input<typeof messageDraftSchema>;
export type PreviewDraft<K extends PreviewMessage["kind"]> = Extract<PreviewMessage, { kind: K }>;
