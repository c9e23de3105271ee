// What the wizard keeps in a draft campaign's wizardState (the contract leaves it to the wizard):
// the step it is at and the audience's sources. Safe for client and server.
import { z } from "zod";
import { audienceSourceSchema } from "@/lib/campaigns/audience/types";

export const WIZARD_STEPS = ["basics", "message", "audience", "variables", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const wizardStateSchema = z.object({
  step: z.enum(WIZARD_STEPS).default("basics"),
  sources: z.array(audienceSourceSchema).max(10).default([]),
});
export type WizardState = z.output<typeof wizardStateSchema>;

/** A draft's wizard state; anything unreadable starts the wizard at its beginning. */
export function readWizardState(raw: unknown): WizardState {
  const parsed = wizardStateSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : wizardStateSchema.parse({});
}
