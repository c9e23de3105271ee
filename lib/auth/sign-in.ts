import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { dummyHash, verifyPassword } from "./password-hash";
import { clearSignInFailures, recordSignInFailure, throttleKeys, throttleWaitMs } from "./throttle";
import { createUserSession } from "./sessions";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your email address"),
  password: z.string().min(1, "Enter your password").max(128),
});

export type SignInResult =
  | { ok: true; userId: string; sessionId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; waitSeconds: number };

/**
 * Checks a sign-in attempt. Every failure looks the same to the caller (no way to tell whether an
 * email exists), takes the same time (a dummy hash is verified for unknown emails), and counts
 * towards the per-account and per-address delays.
 */
export async function attemptSignIn(input: unknown, ip: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, ip);

  const wait = await throttleWaitMs(keys);
  if (wait > 0) return { ok: false, reason: "throttled", waitSeconds: Math.ceil(wait / 1000) };

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !user.active || !passwordOk) {
    await recordSignInFailure(keys);
    await recordAuditEvent({ action: "auth.sign_in_failed", actorEmail: email, ip });
    return { ok: false, reason: "invalid" };
  }

  await clearSignInFailures(email);
  const sessionId = await createUserSession(user.id, ip);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAuditEvent({ action: "auth.sign_in", actor: user, ip });
  return { ok: true, userId: user.id, sessionId, sessionVersion: user.sessionVersion };
}
