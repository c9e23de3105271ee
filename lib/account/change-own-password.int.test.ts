import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ExpectedError } from "@/lib/errors/expected-error";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { createUserSession, resolveUserSession } from "@/lib/auth/sessions";
import { changePasswordSchema } from "./schema";
import { changeOwnPassword } from "./change-own-password";

const oldPassword = "my old passphrase";
const newPassword = "my brand new passphrase";
let ctx: {
  user: {
    id: string;
    email: string;
    name: string;
    role: "viewer";
    sessionId: string;
    timeZone: string;
  };
  ip: string;
};

beforeAll(async () => {
  const user = await db.user.create({
    data: {
      email: "me@test.kabar",
      name: "Me",
      role: "viewer",
      passwordHash: await hashPassword(oldPassword),
    },
  });
  ctx = {
    user: { ...user, role: "viewer", sessionId: "s", timeZone: "Asia/Jakarta" },
    ip: "203.0.113.5",
  };
});

describe("the change-password form", () => {
  it("needs the confirmation to match and a new, uncommon password", () => {
    const issues = (input: Record<string, string>) =>
      changePasswordSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(
      issues({ currentPassword: oldPassword, newPassword, confirmPassword: "something else" }),
    ).toEqual([["confirmPassword", "The two new passwords are not the same"]]);
    expect(
      issues({
        currentPassword: oldPassword,
        newPassword: oldPassword,
        confirmPassword: oldPassword,
      }),
    ).toEqual([["newPassword", "Choose a password different from the current one"]]);
    expect(
      issues({
        currentPassword: "x",
        newPassword: "password1",
        confirmPassword: "password1",
      })?.[0]?.[1],
    ).toMatch(/too common/);
  });
});

describe("changeOwnPassword", () => {
  it("refuses a wrong current password on that field and changes nothing", async () => {
    const input = changePasswordSchema.parse({
      currentPassword: "not my password",
      newPassword,
      confirmPassword: newPassword,
    });
    const error = await changeOwnPassword(input, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as InstanceType<typeof ExpectedError>).fieldErrors?.currentPassword).toEqual([
      "That is not your current password",
    ]);
    const row = await db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
    expect(await verifyPassword(row.passwordHash, oldPassword)).toBe(true);
    expect(row.sessionVersion).toBe(0);
  });

  it("changes the password and ends every session, this one included", async () => {
    const here = await createUserSession(ctx.user.id, null);
    const elsewhere = await createUserSession(ctx.user.id, null);
    const input = changePasswordSchema.parse({
      currentPassword: oldPassword,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(
      await changeOwnPassword(input, { ...ctx, user: { ...ctx.user, sessionId: here } }),
    ).toEqual({
      signedOut: true,
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
    expect(await verifyPassword(row.passwordHash, newPassword)).toBe(true);
    expect(await verifyPassword(row.passwordHash, oldPassword)).toBe(false);
    expect(row.sessionVersion).toBe(1);
    expect(await resolveUserSession(here, 0)).toBeNull();
    expect(await resolveUserSession(elsewhere, 0)).toBeNull();
    const revoked = await db.userSession.count({
      where: { userId: ctx.user.id, revokedAt: { not: null } },
    });
    expect(revoked).toBe(2);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "auth.password_changed" },
    });
    expect(event).toMatchObject({
      actorId: ctx.user.id,
      target: `user:${ctx.user.id}`,
      ip: "203.0.113.5",
    });
    expect(JSON.stringify(event)).not.toContain(newPassword);
  });
});
