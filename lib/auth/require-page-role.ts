import "server-only";
import { forbidden, redirect } from "next/navigation";
import { ForbiddenError, NotSignedInError } from "@/lib/errors/expected-error";
import { requireRole } from "./guard";
import type { Role } from "./roles";
import type { SessionUser } from "./session-user";

/** requireRole for pages: no session → sign-in page; too small a role → 403 page. */
export async function requirePageRole(
  allowed: readonly Role[],
  what: string,
): Promise<SessionUser> {
  try {
    return await requireRole(allowed, what);
  } catch (error) {
    if (error instanceof NotSignedInError) redirect("/sign-in");
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
