import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { verifyPassword } from "@/lib/auth/password-hash";
import { testDatabaseUrl } from "@/tests/support/temp-db";

const database = { url: testDatabaseUrl() };
const db = createPrismaClient(database.url);
afterAll(() => db.$disconnect());

function createAdmin(args: string[], options: { stdin?: string; password?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
  delete env.KABAR_ADMIN_PASSWORD;
  if (options.password) env.KABAR_ADMIN_PASSWORD = options.password;
  return spawnSync("node_modules/.bin/tsx", ["scripts/create-admin.ts", ...args], {
    env,
    input: options.stdin ?? "",
    encoding: "utf8",
  });
}

// Each case spawns tsx processes: allow for a busy machine.
describe("npm run users:create-admin", { timeout: 90_000 }, () => {
  it("creates an admin with the password read from standard input", async () => {
    const run = createAdmin(["--email", "Ops@Test.Kabar", "--name", "Ops Admin"], {
      stdin: "a strong admin password\n",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Admin ops@test.kabar created");
    const user = await db.user.findUniqueOrThrow({ where: { email: "ops@test.kabar" } });
    expect(user).toMatchObject({ name: "Ops Admin", role: "admin", active: true });
    expect(await verifyPassword(user.passwordHash, "a strong admin password")).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { target: `user:${user.id}` } });
    expect(event.action).toBe("user.created");
    expect(event.detail).not.toContain("a strong admin password");
  });

  it("reads KABAR_ADMIN_PASSWORD when set", async () => {
    const run = createAdmin(["--email", "env@test.kabar", "--name", "Env Admin"], {
      password: "another strong password",
    });
    expect(run.status).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { email: "env@test.kabar" } });
    expect(await verifyPassword(user.passwordHash, "another strong password")).toBe(true);
  });

  it("refuses a common password, an existing email and missing arguments", () => {
    const common = createAdmin(["--email", "weak@test.kabar", "--name", "W"], {
      stdin: "password123",
    });
    expect(common.status).toBe(1);
    expect(common.stderr).toMatch(/password: This password is too common/);

    const again = createAdmin(["--email", "ops@test.kabar", "--name", "Ops"], {
      stdin: "a strong admin password",
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const usage = createAdmin(["--email", "x@test.kabar"]);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/Usage: npm run users:create-admin/);
  });
});
