// The compose form's value types: the zod schema's input (what the fields hold) and output
// (what the send action receives).
import type { FieldPath } from "react-hook-form";
import type { z } from "zod";
import type { composeSchema } from "@/lib/composer/draft-schema";

export type ComposeFormValues = z.input<typeof composeSchema>;
export type ComposeFormOutput = z.output<typeof composeSchema>;
export type FieldName = FieldPath<ComposeFormValues>;
export type MessageValues = ComposeFormValues["message"];
