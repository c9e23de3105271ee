import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "./password-hash";
import { attemptSignIn } from "./sign-in";
import { resolveUserSession, revokeAllUserSessions, revokeUserSession } from "./sessions";

const password = "correct horse battery";

async function createUser(email: string, active = true) {
  return db.user.create({
    data: { email, name: email, role: "agent", active, passwordHash: await hashPassword(password) },
  });
}

describe("attemptSignIn", () => {
  beforeAll(async () => {
    await createUser("ana@test.kabar");
    await createUser("gone@test.kabar", false);
  });

  it("signs in with the right password and opens a server-side session", async () => {
    const result = await attemptSignIn({ email: " Ana@Test.Kabar ", password }, "198.51.100.1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await resolveUserSession(result.sessionId, result.sessionVersion);
    expect(user).toMatchObject({ email: "ana@test.kabar", role: "agent" });
    const audit = await db.auditEvent.findFirst({ where: { action: "auth.sign_in" } });
    expect(audit?.ip).toBe("198.51.100.1");
  });

  it("answers the same for a wrong password, an unknown email and a deactivated user", async () => {
    const results = await Promise.all([
      attemptSignIn({ email: "ana@test.kabar", password: "wrong password" }, "198.51.100.2"),
      attemptSignIn({ email: "nobody@test.kabar", password }, "198.51.100.3"),
      attemptSignIn({ email: "gone@test.kabar", password }, "198.51.100.4"),
    ]);
    for (const r of results) expect(r).toEqual({ ok: false, reason: "invalid" });
  });

  it("delays an account after repeated failures, with a growing wait", async () => {
    await createUser("target@test.kabar");
    const attempt = (ip: string) =>
      attemptSignIn({ email: "target@test.kabar", password: "nope-nope" }, ip);
    for (let i = 0; i < 3; i++) await attempt(`192.0.2.${i}`);
    const throttled = await attempt("192.0.2.50");
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    if (throttled.ok || throttled.reason !== "throttled") return;
    expect(throttled.waitSeconds).toBeGreaterThanOrEqual(1);
    // Even the right password waits: guessing cannot continue during the delay.
    const right = await attemptSignIn({ email: "target@test.kabar", password }, "192.0.2.51");
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
    // …but it is a delay, not a lock-out: once it has passed, the owner gets in.
    await db.signInThrottle.updateMany({ data: { blockedUntil: new Date(Date.now() - 1) } });
    expect((await attemptSignIn({ email: "target@test.kabar", password }, "192.0.2.52")).ok).toBe(
      true,
    );
  });
});

describe("sessions", () => {
  it("end on sign-out, on deactivation and on a password change", async () => {
    const user = await createUser("sess@test.kabar");
    const open = async () => {
      const r = await attemptSignIn({ email: "sess@test.kabar", password }, null);
      if (!r.ok) throw new Error("sign-in failed");
      return r;
    };

    const a = await open();
    await revokeUserSession(a.sessionId);
    expect(await resolveUserSession(a.sessionId, a.sessionVersion)).toBeNull();

    const b = await open();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveUserSession(b.sessionId, b.sessionVersion)).toBeNull();

    const c = await open();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveUserSession(c.sessionId, c.sessionVersion)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: true } });

    const d = await open();
    await revokeAllUserSessions(user.id);
    expect(await resolveUserSession(d.sessionId, d.sessionVersion)).toBeNull();
  });

  it("expire after the idle time", async () => {
    await createUser("idle@test.kabar");
    const r = await attemptSignIn({ email: "idle@test.kabar", password }, null);
    if (!r.ok) throw new Error("sign-in failed");
    await db.userSession.update({
      where: { id: r.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resolveUserSession(r.sessionId, r.sessionVersion)).toBeNull();
  });
});
