import "server-only";
import { NextResponse } from "next/server";
import { requireRole } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { httpStatusOf } from "@/lib/errors/codes";
import { ExpectedError } from "@/lib/errors/expected-error";
import type { RouteErrorBody } from "@/lib/errors/result";
import { logger } from "@/lib/log/logger";

type Handler<C> = (request: Request, ctx: C & { user: SessionUser }) => Promise<Response>;

export type GuardedRoute<C> = ((request: Request, ctx: C) => Promise<Response>) & {
  roles: readonly Role[];
};

const noStore = { "Cache-Control": "no-store" };

/**
 * Wraps a route handler with the same guard as server actions: a live session with an allowed
 * role, else 401/403 JSON. Expected errors become JSON with their status; others are masked.
 */
export function guardedRoute<C = unknown>(
  roles: readonly Role[],
  name: string,
  handler: Handler<C>,
): GuardedRoute<C> {
  const route = async (request: Request, ctx: C) => {
    try {
      const user = await requireRole(roles, name);
      return await handler(request, { ...ctx, user });
    } catch (error) {
      if (error instanceof ExpectedError) {
        return NextResponse.json<RouteErrorBody>(
          {
            error: error.message,
            code: error.code,
            fieldErrors: error.fieldErrors,
            problem: error.problem,
          },
          { status: httpStatusOf(error.code), headers: noStore },
        );
      }
      const errorId = crypto.randomUUID().slice(0, 8);
      logger.error("route failed", { route: name, errorId, error });
      return NextResponse.json<RouteErrorBody>(
        { error: `Something went wrong on our side (reference ${errorId}).`, errorId },
        { status: 500, headers: noStore },
      );
    }
  };
  return Object.assign(route, { roles });
}
