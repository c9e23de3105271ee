import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { httpStatusOf } from "@/lib/errors/codes";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors } from "@/lib/errors/field-errors";
import type { RouteErrorBody } from "@/lib/errors/result";
import { clientIpFrom } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import { searchParamsToObject } from "@/lib/url/search-params";

/** What Next passes a route handler as its second argument. */
export type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a guarded handler receives: the actor (user, ip) and the parsed query and path. */
export type RouteContext<Q, P> = Actor & { query: Parsed<Q>; params: Parsed<P> };

export interface RouteDefinition<Q, P> {
  /** Names the route in logs and in the audit trail's refusals. */
  name: string;
  roles: readonly Role[];
  /** The search params (first value of each key, trimmed, empty ones left out). */
  query?: Q;
  /** The dynamic path segments. */
  params?: P;
  /** Said when the query or the path does not parse; field errors name each problem. */
  invalidMessage?: string;
}

export type GuardedRoute = ((
  request: Request,
  ctx?: Partial<NextRouteContext>,
) => Promise<Response>) & {
  roles: readonly Role[];
};

const noStore = { "Cache-Control": "no-store" };

function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, message: string) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ExpectedError("invalid_input", message, { fieldErrors: toFieldErrors(parsed.error) });
}

/** Retry-After (seconds) for an error that says when asking again makes sense. */
function retryAfter(error: ExpectedError): Record<string, string> {
  if (!error.retryAt) return {};
  const seconds = Math.ceil((Date.parse(error.retryAt) - Date.now()) / 1000);
  return Number.isFinite(seconds) ? { "Retry-After": String(Math.max(1, seconds)) } : {};
}

function refusal(error: unknown, name: string): Response {
  if (error instanceof ExpectedError) {
    return NextResponse.json<RouteErrorBody>(
      {
        error: error.message,
        code: error.code,
        fieldErrors: error.fieldErrors,
        problem: error.problem,
        retryAt: error.retryAt,
      },
      { status: httpStatusOf(error.code), headers: { ...noStore, ...retryAfter(error) } },
    );
  }
  const errorId = crypto.randomUUID().slice(0, 8);
  logger.error("route failed", { route: name, errorId, error });
  return NextResponse.json<RouteErrorBody>(
    { error: `Something went wrong on our side (reference ${errorId}).`, errorId },
    { status: 500, headers: noStore },
  );
}

/**
 * The one way to build a route handler, with the same guard as server actions: a live session
 * with an allowed role (else 401/403 JSON) → the query and path parsed with their schemas
 * (else 400 naming each field) → the handler. Expected errors become JSON with their code's
 * status; anything else is logged with an id and masked.
 */
export function guardedRoute<
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(
  def: RouteDefinition<Q, P>,
  handler: (request: Request, ctx: RouteContext<Q, P>) => Promise<Response>,
): GuardedRoute {
  const invalid = def.invalidMessage ?? "Some fields need attention.";
  const route = async (request: Request, next?: Partial<NextRouteContext>) => {
    try {
      const user = await requireRole(def.roles, def.name);
      const query = def.query
        ? parseOrRefuse(def.query, searchParamsToObject(new URL(request.url).searchParams), invalid)
        : undefined;
      const params = def.params
        ? parseOrRefuse(def.params, (await next?.params) ?? {}, invalid)
        : undefined;
      const ctx = { user, ip: clientIpFrom(request.headers), query, params };
      return await handler(request, ctx as RouteContext<Q, P>);
    } catch (error) {
      return refusal(error, def.name);
    }
  };
  return Object.assign(route, { roles: def.roles });
}

/**
 * A guarded read answering JSON, never cached: the handler returns the body, typed, and the
 * browser reads it with fetchJson (browser/fetch-json.ts).
 */
export function guardedJsonRoute<
  T,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(def: RouteDefinition<Q, P>, read: (ctx: RouteContext<Q, P>) => Promise<T>): GuardedRoute {
  return guardedRoute(def, async (_request, ctx) =>
    NextResponse.json<T>(await read(ctx), { headers: noStore }),
  );
}
