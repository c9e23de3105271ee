import type { SessionUser } from "./session-user";

/**
 * Who is doing something, as services receive it: the signed-in user and the client address
 * (for the audit trail). Server actions and route handlers pass it; services write their own
 * audit events with it.
 */
export interface Actor {
  user: SessionUser;
  ip: string | null;
}
