import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { currentRequestIp } from "@/lib/auth/current-user";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors } from "@/lib/errors/field-errors";
import type { ActionResult } from "@/lib/errors/result";
import { logger } from "@/lib/log/logger";

/** @deprecated Transition alias: services take an `Actor` from "@/lib/auth/actor". */
export type ActionContext = Actor;
/** @deprecated Transition re-export: import toFieldErrors from "@/lib/errors/field-errors". */
export { toFieldErrors };

interface ActionDefinition<S extends z.ZodType, T> {
  /** Names the action in logs and the audit trail. */
  name: string;
  input: S;
  roles: readonly Role[];
  run: (input: z.output<S>, actor: Actor) => Promise<T>;
}

/**
 * A server action built by defineAction: callable with what its schema takes (`z.input`, so a
 * caller is type-checked) or with FormData (a `<form action>`). The schema still parses either.
 */
export type KabarAction<I, T> = (input: I | FormData) => Promise<ActionResult<T>>;

/**
 * The roles an action allows, kept on the function for the access-control test, which calls
 * every exported action with every role and without a session.
 */
export const actionRoles = new WeakMap<object, readonly Role[]>();
/** Actions that deliberately need no session (listed with a reason in the access-control test). */
export const publicActions = new WeakSet<object>();

interface Pipeline<S extends z.ZodType, T, C> {
  name: string;
  input: S;
  /** Who is calling: throws NotSignedIn/Forbidden (as ExpectedError) to refuse. */
  authorise: () => Promise<C>;
  run: (input: z.output<S>, ctx: C & { ip: string | null }) => Promise<T>;
}

// Access check → zod parse → service → one typed result. Expected errors are shown; Next's own
// control flow (redirect, notFound, forbidden) passes through; anything else is logged with an
// id and masked.
function buildAction<S extends z.ZodType, T, C>(p: Pipeline<S, T, C>): KabarAction<z.input<S>, T> {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<T>> => {
    try {
      const ctx = await p.authorise();
      const parsed = p.input.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
      if (!parsed.success) {
        return {
          ok: false,
          message: "Some fields need attention.",
          fieldErrors: toFieldErrors(parsed.error),
          code: "invalid_input",
        };
      }
      const data = await p.run(parsed.data, { ...ctx, ip: await currentRequestIp() });
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ExpectedError) {
        return {
          ok: false,
          message: error.message,
          fieldErrors: error.fieldErrors,
          code: error.code,
          ...(error.problem ? { problem: error.problem } : {}),
        };
      }
      const errorId = crypto.randomUUID().slice(0, 8);
      logger.error("action failed", { action: p.name, errorId, error });
      return {
        ok: false,
        message: `Something went wrong on our side. If it happens again, quote reference ${errorId}.`,
        errorId,
      };
    }
  };
}

/**
 * The one way to build a server action: session and role check → zod parse → service call →
 * one typed result.
 */
export function defineAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
): KabarAction<z.input<S>, T> {
  const action = buildAction({
    name: def.name,
    input: def.input,
    authorise: async () => ({ user: await requireRole(def.roles, def.name) }),
    run: def.run,
  });
  actionRoles.set(action, def.roles);
  return action;
}

/**
 * An action that must work without a session (first-run setup). Its service must refuse by
 * itself whenever it should not run; the access-control test lists every such action.
 */
export function definePublicAction<S extends z.ZodType, T>(def: {
  name: string;
  input: S;
  run: (input: z.output<S>, ctx: { ip: string | null }) => Promise<T>;
}): KabarAction<z.input<S>, T> {
  const action = buildAction({ ...def, authorise: async () => ({}) });
  publicActions.add(action);
  return action;
}

/** Adapts an action for useActionState(formAction, initial). */
export function asFormAction<I, T>(action: KabarAction<I, T>) {
  return (_previous: ActionResult<T>, formData: FormData) => action(formData);
}

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else
      out[key] = Array.isArray(existing) ? [...(existing as unknown[]), value] : [existing, value];
  }
  return out;
}
