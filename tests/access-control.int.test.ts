// Every server action and every route handler refuses callers without a session and callers
// whose role is too small. The list is read from the code, so a new action cannot be forgotten.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { roles, type Role } from "@/lib/auth/roles";

let currentUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => currentUser,
  currentRequestIp: async () => "203.0.113.9",
}));

const { actionRoles, publicActions } = await import("@/lib/actions/define-action");
const { db } = await import("@/lib/db/client");

/** Action files that are public by design (built with definePublicAction), with the reason. */
const publicActionFiles: Record<string, string> = {
  "app/(auth)/setup/actions.ts":
    "first run: nobody can be signed in yet; the service refuses once any user exists",
};

/** Routes that are public by design, with the reason. */
const publicRoutes: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in endpoints",
  "app/api/health/route.ts": "reachability for load balancers; no data or configuration",
  "app/api/media/public/[file]/route.ts":
    "Damcorp fetches stickers by web address; only a Kabar-signed, expiring link to one sticker opens",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return name === "node_modules" || name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const allFiles = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")];
const useServerFiles = allFiles.filter((f) =>
  /^\s*["']use server["']/m.test(readFileSync(f, "utf8")),
);
const routeFiles = sourceFiles("app").filter((f) => path.basename(f) === "route.ts");

async function signInAs(role: Role) {
  const email = `${role}-access@test.kabar`;
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: role, role, passwordHash: "x" },
    update: {},
  });
  currentUser = {
    id: user.id,
    email,
    name: role,
    role,
    sessionId: "test",
    timeZone: "Asia/Jakarta",
  };
}

describe("server actions", () => {
  it("live only in app/**/actions.ts files", () => {
    for (const file of useServerFiles) expect(file).toMatch(/^app\/.*actions\.ts$/);
  });

  for (const file of useServerFiles.filter((f) => f in publicActionFiles)) {
    it(`${file} exports only public actions (${publicActionFiles[file]})`, async () => {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      const fns = Object.values(mod).filter((v) => typeof v === "function") as object[];
      expect(fns.length).toBeGreaterThan(0);
      for (const fn of fns) expect(publicActions.has(fn)).toBe(true);
    });
  }

  for (const file of useServerFiles.filter((f) => !(f in publicActionFiles))) {
    describe(file, () => {
      let actions: [string, (input: unknown) => Promise<unknown>][] = [];
      beforeAll(async () => {
        const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<
          string,
          unknown
        >;
        actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as typeof actions;
      });

      it("exports only actions built with defineAction", () => {
        expect(actions.length).toBeGreaterThan(0);
        for (const [name, fn] of actions)
          expect(actionRoles.has(fn), `${name} is not a defineAction`).toBe(true);
      });

      it("refuses a caller without a session", async () => {
        currentUser = null;
        for (const [name, fn] of actions) {
          expect(await fn({}), name).toMatchObject({ ok: false, code: "unauthenticated" });
        }
      });

      it("refuses every role it does not allow", async () => {
        for (const [name, fn] of actions) {
          const allowed = actionRoles.get(fn) ?? [];
          for (const role of roles.filter((r) => !allowed.includes(r))) {
            await signInAs(role);
            expect(await fn({}), `${name} as ${role}`).toMatchObject({
              ok: false,
              code: "forbidden",
            });
          }
        }
      });
    });
  }
});

describe("route handlers", () => {
  it("are found, and every public entry names a route that exists (no stale exceptions)", () => {
    expect(routeFiles.length).toBeGreaterThan(0);
    for (const file of Object.keys(publicRoutes)) expect(routeFiles).toContain(file);
    for (const file of Object.keys(publicActionFiles)) expect(useServerFiles).toContain(file);
  });

  for (const file of routeFiles.filter((f) => !(f in publicRoutes))) {
    it(`${file} refuses callers without a session and with too small a role`, async () => {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter(
        (m) => typeof mod[m] === "function",
      );
      expect(methods.length).toBeGreaterThan(0);
      for (const method of methods) {
        const handler = mod[method] as ((req: Request, ctx: unknown) => Promise<Response>) & {
          roles?: readonly Role[];
        };
        expect(handler.roles, `${file} ${method} is not a guardedRoute`).toBeDefined();
        const request = () => new Request("http://kabar.test/x", { method });
        const ctx = { params: Promise.resolve({}) };
        currentUser = null;
        expect((await handler(request(), ctx)).status).toBe(401);
        for (const role of roles.filter((r) => !handler.roles!.includes(r))) {
          await signInAs(role);
          expect((await handler(request(), ctx)).status).toBe(403);
        }
      }
    });
  }
});

describe("denied actions", () => {
  it("are written to the audit trail", async () => {
    const { requireRole } = await import("@/lib/auth/guard");
    await signInAs("viewer");
    await expect(requireRole(["admin"], "test:probe")).rejects.toThrow(/role/);
    const event = await db.auditEvent.findFirst({
      where: { action: "access.denied", target: "test:probe" },
    });
    expect(event).toMatchObject({ actorEmail: "viewer-access@test.kabar", ip: "203.0.113.9" });
  });
});
