// The Account form's time-zone choices. Without zod, so the form in the browser can use it
// without pulling the schema's validator into the page (preferences-schema.ts stays on the server).
import { indonesianZones } from "@/lib/time/time-zone";

export const zoneChoices = ["default", "wib", "wita", "wit", "other"] as const;

/** The form's choice for a stored zone. */
export function zoneChoiceOf(timeZone: string | null): (typeof zoneChoices)[number] {
  if (timeZone === null) return "default";
  const named = (Object.keys(indonesianZones) as (keyof typeof indonesianZones)[]).find(
    (k) => indonesianZones[k] === timeZone,
  );
  return named ?? "other";
}
