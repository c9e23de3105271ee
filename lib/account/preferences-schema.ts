// The Account page's language and time-zone form: shared by the form and its server action.
import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { indonesianZones, isTimeZone } from "@/lib/time/time-zone";
import { zoneChoices } from "./zone-choice";

export const preferencesSchema = z
  .object({
    locale: z.enum(["", ...locales]).default(""),
    zone: z.enum(zoneChoices).default("default"),
    otherZone: z.string().trim().max(64).default(""),
  })
  .refine((v) => v.zone !== "other" || isTimeZone(v.otherZone), {
    path: ["otherZone"],
    message: "invalid_zone",
  })
  .transform((v) => ({
    /** null: follow the browser, then KABAR_DEFAULT_LOCALE. */
    locale: v.locale === "" ? null : v.locale,
    /** null: KABAR_TIME_ZONE. */
    timeZone:
      v.zone === "default" ? null : v.zone === "other" ? v.otherZone : indonesianZones[v.zone],
  }));
export type PreferencesInput = z.output<typeof preferencesSchema>;
