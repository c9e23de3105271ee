/** When the sign-in request could not be made at all: nothing is known about the password. */
export const SIGN_IN_UNREACHABLE =
  "Kabar could not be reached. Check your connection, then try again.";

/** Words for the errors next-auth passes back from the credentials check. */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  const throttled = /^throttled:(\d+)$/.exec(error);
  if (throttled) {
    return `Too many attempts. Wait ${throttled[1]} seconds, then try again.`;
  }
  return "That email and password do not match an active account.";
}
