import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password-hash";
import { setupAdminSchema } from "./schema";
import { isSetupNeeded } from "./is-setup-needed";
import { createFirstAdmin } from "./create-first-admin";

const input = (n: number) =>
  setupAdminSchema.parse({
    email: `first${n}@test.kabar`,
    name: `First ${n}`,
    password: "the very first password",
    confirmPassword: "the very first password",
  });

describe("first-run setup", () => {
  it("is open only while there is no user at all", async () => {
    expect(await isSetupNeeded()).toBe(true);
  });

  it("checks the password confirmation", () => {
    const result = setupAdminSchema.safeParse({
      email: "a@test.kabar",
      name: "A",
      password: "the very first password",
      confirmPassword: "the very first passw0rd",
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["confirmPassword"]);
  });

  it("creates exactly one admin when several submits race", async () => {
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((n) => createFirstAdmin(input(n), null)),
    );
    const created = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "setup_done" });

    const users = await db.user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ role: "admin", active: true });
    expect(await verifyPassword(users[0]!.passwordHash, "the very first password")).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "auth.setup_admin" } })).toBe(1);
  });

  it("refuses once any user exists, and says so", async () => {
    expect(await isSetupNeeded()).toBe(false);
    await expect(createFirstAdmin(input(9), null)).rejects.toThrow(/already set up/);
    expect(await db.user.count()).toBe(1);
  });

  it("is not blocked by the setup marker of users deleted by hand", async () => {
    await db.user.deleteMany();
    expect(await db.setting.count({ where: { key: "setup.firstAdminId" } })).toBe(1);
    await expect(createFirstAdmin(input(7), null)).resolves.toMatchObject({
      id: expect.any(String),
    });
    expect(await db.user.count()).toBe(1);
  });
});
