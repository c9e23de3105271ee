import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import type { PreferencesInput } from "./preferences-schema";

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The signed-in user's language and time zone. The language is also kept in this browser (the
 * sign-in page's cookie), so the sign-in page speaks it after signing out.
 */
export async function updateOwnPreferences(input: PreferencesInput, ctx: Actor) {
  await db.user.update({
    where: { id: ctx.user.id },
    data: { locale: input.locale, timeZone: input.timeZone },
  });
  const jar = await cookies();
  if (input.locale) {
    jar.set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax" });
  } else {
    jar.delete(LOCALE_COOKIE);
  }
  await recordAuditEvent({
    action: "account.preferences_changed",
    actor: ctx.user,
    target: `user:${ctx.user.id}`,
    ip: ctx.ip,
  });
  return input;
}
