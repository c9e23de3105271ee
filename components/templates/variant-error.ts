// Errors of a union row (a button or card of one of several types) in react-hook-form's state.

/** The message of `errors[key]` when the key exists only on some variants of a union row. */
export function variantError(errors: unknown, key: string): string | undefined {
  if (!errors || typeof errors !== "object" || !(key in errors)) return undefined;
  const entry = (errors as Record<string, { message?: unknown } | undefined>)[key];
  return typeof entry?.message === "string" ? entry.message : undefined;
}
