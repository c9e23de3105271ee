import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { roleSchema } from "./role-schema";
import type { SessionUser } from "./session-user";
import { parseLocale } from "@/lib/i18n/config";

/** Idle time after which a session ends; each use pushes the end further out. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Renew the stored expiry at most this often, to keep reads cheap. */
const RENEW_AFTER_MS = 60 * 1000;

export async function createUserSession(userId: string, ip: string | null): Promise<string> {
  const row = await db.userSession.create({
    data: { userId, ip, expiresAt: new Date(Date.now() + SESSION_IDLE_MS) },
  });
  return row.id;
}

/**
 * Resolves a session id to its user, or null when the session was revoked, expired, or the user
 * was deactivated or changed their password since (sessionVersion).
 */
export async function resolveUserSession(
  sessionId: string,
  sessionVersion: number,
): Promise<SessionUser | null> {
  const row = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: true },
  });
  const now = Date.now();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
  const { user } = row;
  if (!user.active || user.sessionVersion !== sessionVersion) return null;
  const role = roleSchema.safeParse(user.role);
  if (!role.success) return null;
  if (now - row.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    await db.userSession.update({
      where: { id: row.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_IDLE_MS) },
    });
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: role.data,
    sessionId: row.id,
    timeZone: user.timeZone ?? env.KABAR_TIME_ZONE,
    locale: parseLocale(user.locale),
    ownTimeZone: user.timeZone !== null,
  };
}

export async function revokeUserSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

export async function revokeAllUserSessions(userId: string): Promise<void> {
  await db.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
