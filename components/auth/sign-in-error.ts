/** When the sign-in request could not be made at all: nothing is known about the password. */
export const SIGN_IN_UNREACHABLE = "unreachable";

/** Which words (auth.signIn in the catalogue) fit an error next-auth passes back. */
export function signInError(
  error: string | null | undefined,
): { key: "unreachable" | "invalid" } | { key: "throttled"; seconds: number } | null {
  if (!error) return null;
  if (error === SIGN_IN_UNREACHABLE) return { key: "unreachable" };
  const throttled = /^throttled:(\d+)$/.exec(error);
  if (throttled) return { key: "throttled", seconds: Number(throttled[1]) };
  return { key: "invalid" };
}
