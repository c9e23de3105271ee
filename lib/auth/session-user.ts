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
}
