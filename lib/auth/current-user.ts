import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { resolveUserSession } from "./sessions";
import type { SessionUser } from "./session-user";

const cookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The user of the current request, or null. Reads the session cookie itself and re-checks the
 * server-side session row every time: nothing a proxy or a header can say replaces this check.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  let raw: string | undefined;
  try {
    const jar = await cookies();
    raw = cookieNames.map((n) => jar.get(n)?.value).find(Boolean);
  } catch {
    return null; // outside a request (scripts, tests): nobody is signed in
  }
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env.NEXTAUTH_SECRET }).catch(() => null);
  if (!token || typeof token.sid !== "string" || typeof token.sv !== "number") return null;
  return resolveUserSession(token.sid, token.sv);
});

export async function currentRequestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}
