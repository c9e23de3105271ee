import type { Role } from "./roles";

/** The signed-in user as server code sees it (never contains secrets). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}
