import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { verifyPassword } from "@/lib/auth/password-hash";
import { createUserSession, resolveUserSession } from "@/lib/auth/sessions";
import { createUserSchema, resetUserPasswordSchema } from "./schema";
import { createUser } from "./create-user";
import { changeUserRole } from "./change-user-role";
import { deactivateUser } from "./deactivate-user";
import { reactivateUser } from "./reactivate-user";
import { resetUserPassword } from "./reset-user-password";
import { listUsers } from "./list-users";

const password = "a perfectly fine password";

function ctxFor(user: { id: string; email: string }) {
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.email,
      role: "admin" as const,
      sessionId: "s",
      timeZone: "Asia/Jakarta",
    },
    ip: "203.0.113.8",
  };
}

async function newUser(
  email: string,
  role: "admin" | "agent" | "viewer",
  by: { id: string; email: string },
) {
  const { id } = await createUser(
    createUserSchema.parse({ email, name: email, role, password }),
    ctxFor(by),
  );
  return { id, email };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  return error as InstanceType<typeof ExpectedError>;
}

// Users are made through the service itself; the first admin is the "bootstrap" one.
let root: { id: string; email: string };

beforeAll(async () => {
  const row = await db.user.create({
    data: { email: "root@test.kabar", name: "Root", role: "admin", passwordHash: "x" },
  });
  root = { id: row.id, email: row.email };
});

describe("creating users", () => {
  it("creates an active user with a hashed password, listed and audited", async () => {
    const user = await newUser(" New.Agent@Test.Kabar ", "agent", root);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: "new.agent@test.kabar", role: "agent", active: true });
    expect(row.passwordHash).not.toContain(password);
    expect(await verifyPassword(row.passwordHash, password)).toBe(true);
    const listed = (await listUsers()).find((u) => u.id === user.id);
    expect(listed).toEqual({
      id: user.id,
      email: "new.agent@test.kabar",
      name: "New.Agent@Test.Kabar",
      role: "agent",
      active: true,
      lastSignInAt: null,
    });
    expect(listed).not.toHaveProperty("passwordHash");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.created", target: `user:${user.id}` },
    });
    expect(event).toMatchObject({ actorEmail: "root@test.kabar", ip: "203.0.113.8" });
    expect(event.detail).not.toContain(password);
  });

  it("refuses an email that exists, on the email field", async () => {
    const error = await refusal(newUser("new.agent@test.kabar", "viewer", root));
    expect(error.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });

  it("checks the initial password against the policy", () => {
    const result = createUserSchema.safeParse({
      email: "x@test.kabar",
      name: "X",
      role: "agent",
      password: "password123",
    });
    expect(result.error?.issues[0]?.message).toMatch(/too common/);
  });
});

describe("roles and the last active admin", () => {
  it("changes a role and audits from → to", async () => {
    const user = await newUser("promote@test.kabar", "viewer", root);
    await changeUserRole({ userId: user.id, role: "agent" }, ctxFor(root));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("agent");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.role_changed", target: `user:${user.id}` },
    });
    expect(JSON.parse(event.detail ?? "{}")).toEqual({
      email: "promote@test.kabar",
      from: "viewer",
      to: "agent",
    });
  });

  it("refuses to let the last active admin demote or deactivate themself", async () => {
    const demote = await refusal(changeUserRole({ userId: root.id, role: "agent" }, ctxFor(root)));
    expect(demote.message).toMatch(/last active admin.*cannot change your own role/);
    expect(demote.code).toBe("last_admin");
    const deactivate = await refusal(deactivateUser(root.id, ctxFor(root)));
    expect(deactivate.message).toMatch(/last active admin.*cannot deactivate yourself/);
    const row = await db.user.findUniqueOrThrow({ where: { id: root.id } });
    expect(row).toMatchObject({ role: "admin", active: true });
  });

  it("allows it once another active admin exists, and then protects that one", async () => {
    const second = await newUser("second.admin@test.kabar", "admin", root);
    await changeUserRole({ userId: root.id, role: "agent" }, ctxFor(root));
    // root is now an agent; second is the only admin and cannot be removed by anyone.
    const error = await refusal(deactivateUser(second.id, ctxFor(second)));
    expect(error.message).toMatch(/last active admin/);
    await changeUserRole({ userId: root.id, role: "admin" }, ctxFor(second));
  });

  it("does not count a deactivated admin as an admin", async () => {
    const spare = await newUser("spare.admin@test.kabar", "admin", root);
    await deactivateUser(spare.id, ctxFor(root));
    const admins = await db.user.count({ where: { role: "admin", active: true } });
    expect(admins).toBe(2); // root and second.admin
  });

  it("lets only one of two admins demoting each other at once succeed", async () => {
    // Leave exactly two active admins: a and b.
    const a = await newUser("race.a@test.kabar", "admin", root);
    const b = await newUser("race.b@test.kabar", "admin", root);
    await db.user.updateMany({
      where: { role: "admin", id: { notIn: [a.id, b.id] } },
      data: { role: "agent" },
    });
    const results = await Promise.allSettled([
      changeUserRole({ userId: a.id, role: "viewer" }, ctxFor(b)),
      changeUserRole({ userId: b.id, role: "viewer" }, ctxFor(a)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
    await db.user.updateMany({
      where: { email: { in: ["root@test.kabar"] } },
      data: { role: "admin" },
    });
  });
});

describe("deactivation, reactivation and password reset", () => {
  it("deactivating ends every session at once and blocks sign-in; reactivating restores it", async () => {
    const user = await newUser("leaver@test.kabar", "agent", root);
    const sessionId = await createUserSession(user.id, null);
    expect(await resolveUserSession(sessionId, 0)).not.toBeNull();

    expect(await deactivateUser(user.id, ctxFor(root))).toEqual({ changed: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ active: false, sessionVersion: 1 });
    expect(await resolveUserSession(sessionId, 0)).toBeNull();
    const session = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.revokedAt).not.toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "user.deactivated", target: `user:${user.id}` },
      }),
    ).toBe(1);

    expect(await reactivateUser(user.id, ctxFor(root))).toEqual({ changed: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
    // The old session stays dead: reactivation does not bring sessions back.
    expect(await resolveUserSession(sessionId, 1)).toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "user.reactivated", target: `user:${user.id}` },
      }),
    ).toBe(1);
  });

  it("a reset sets the new password, bumps sessionVersion and revokes sessions", async () => {
    const user = await newUser("forgetful@test.kabar", "viewer", root);
    const sessionId = await createUserSession(user.id, null);
    const input = resetUserPasswordSchema.parse({
      userId: user.id,
      password: "another fine password",
    });
    await resetUserPassword(input, ctxFor(root));
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, "another fine password")).toBe(true);
    expect(await verifyPassword(row.passwordHash, password)).toBe(false);
    expect(row.sessionVersion).toBe(1);
    expect(await resolveUserSession(sessionId, 0)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.password_reset", target: `user:${user.id}` },
    });
    expect(event.detail).not.toContain("another fine password");
  });

  it("reports an unknown user as not found", async () => {
    const error = await refusal(deactivateUser("missing", ctxFor(root)));
    expect(error.code).toBe("not_found");
  });
});
