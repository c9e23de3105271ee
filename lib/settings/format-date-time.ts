import "server-only";
import { env } from "@/lib/env";

const formatter = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: env.KABAR_TIME_ZONE,
});

/** A date and time as admins read it, in Kabar's time zone ("26 Nov 2026, 19:57"). */
export function formatDateTime(date: Date): string {
  return formatter.format(date);
}
