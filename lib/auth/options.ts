import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clientIpFrom } from "@/lib/http/client-ip";
import { attemptSignIn } from "./sign-in";
import { revokeUserSession, SESSION_IDLE_MS } from "./sessions";
import { db } from "@/lib/db/client";

/** Sign-in errors the sign-in page knows how to word. */
export const SIGN_IN_ERROR_INVALID = "invalid";
export const SIGN_IN_ERROR_THROTTLED = "throttled";

// The session cookie is a JWT that only names a server-side session row (sid); every request
// re-checks that row, so sign-out, deactivation and a password change end sessions at once.
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_MS / 1000, updateAge: 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIpFrom({ get: (name) => headers[name] ?? null });
        const result = await attemptSignIn(credentials, ip);
        if (result.ok) {
          return { id: result.userId, sid: result.sessionId, sv: result.sessionVersion };
        }
        // next-auth passes the message to the sign-in page as ?error=…; both say nothing about
        // whether the account exists.
        throw new Error(
          result.reason === "throttled"
            ? `${SIGN_IN_ERROR_THROTTLED}:${result.waitSeconds}`
            : SIGN_IN_ERROR_INVALID,
        );
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; sid: string; sv: number };
        token.sub = u.id;
        token.sid = u.sid;
        token.sv = u.sv;
      }
      return token;
    },
    async session({ session, token }) {
      // The browser needs nothing but the fact of a session; role and name come from the server.
      return { expires: session.expires, sid: token.sid } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      const sid = typeof token?.sid === "string" ? token.sid : null;
      if (!sid) return;
      const row = await db.userSession.findUnique({ where: { id: sid }, include: { user: true } });
      await revokeUserSession(sid);
      if (row) await recordAuditEvent({ action: "auth.sign_out", actor: row.user });
    },
  },
};
