import type { Locale } from "@/lib/i18n/config";
import type { Role } from "./roles";

/** The signed-in user as server code sees it (never contains secrets). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** IANA zone this user reads times in (their setting, else KABAR_TIME_ZONE). */
  timeZone: string;
  /** The language this user chose on the Account page; null: the browser's or Kabar's default. */
  locale?: Locale | null;
  /** Whether timeZone is the user's own choice (false: KABAR_TIME_ZONE). */
  ownTimeZone?: boolean;
}
