// The one result shape of every server action (safe to import in client components).

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors; code?: string; errorId?: string };

/** Initial state for useActionState before the first submit. */
export const idle = { ok: false, message: "" } as const satisfies ActionResult<never>;
