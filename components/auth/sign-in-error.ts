/** Words for the errors next-auth passes back from the credentials check. */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  const throttled = /^throttled:(\d+)$/.exec(error);
  if (throttled) {
    return `Too many attempts. Wait ${throttled[1]} seconds, then try again.`;
  }
  return "That email and password do not match an active account.";
}
