import type { SignOutParams } from "next-auth/react";

/**
 * next-auth's signOut, with next-auth's client fetched only when someone signs out: it is the
 * one part of next-auth/react a signed-in page needs, and importing it up front would cost every
 * page 11 KB.
 */
export async function signOut(options?: SignOutParams<boolean>): Promise<void> {
  const nextAuth = await import("next-auth/react");
  await nextAuth.signOut(options);
}
