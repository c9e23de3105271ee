// The demo accounts, signed in once per role: the setup project (e2e/auth.setup.ts) signs each
// role in through the form and saves its browser state; signIn then only adds that role's
// session cookie. A saved state older than REUSE_MS is renewed with the form first, because the
// session cookie expires after 30 minutes (lib/auth/sessions.ts) and a run can take longer.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { e2eAuthDir } from "../../../scripts/lib/test-env.mjs";
import { signInWith } from "./user-admin";

export const DEMO_PASSWORD = "kabar-demo";
export const demoAccounts = {
  admin: "admin@demo.kabar",
  agent: "agent@demo.kabar",
  viewer: "viewer@demo.kabar",
} as const;
export type DemoRole = keyof typeof demoAccounts;

const REUSE_MS = 20 * 60 * 1000;

export function storageStatePath(role: DemoRole): string {
  return path.join(e2eAuthDir, `${role}.json`);
}

/** Signs a demo role in through the sign-in form and saves the session for signIn. */
export async function signInWithForm(page: Page, role: DemoRole) {
  await signInWith(page, demoAccounts[role], DEMO_PASSWORD);
  await page.context().storageState({ path: storageStatePath(role) });
}

/** Signs the page in as a demo role with the saved session, then waits for the shell. */
export async function signIn(page: Page, role: DemoRole) {
  const file = storageStatePath(role);
  const saved = await stat(file).catch(() => null);
  if (!saved || Date.now() - saved.mtimeMs > REUSE_MS) {
    await signInWithForm(page, role);
    return;
  }
  const state = JSON.parse(await readFile(file, "utf8")) as {
    cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0];
  };
  await page.context().addCookies(state.cookies);
  await page.goto("/");
  // The shell's role badge is in the page on every screen size (on a phone the sidebar holding it
  // is a closed drawer, so the navigation itself is not visible).
  await expect(page.getByTestId("current-role")).toBeAttached();
}
