// Runs before the browser tests (playwright.config.ts, project "setup"): signs each demo role
// in once and saves its session, which signIn (tests/support/e2e/auth.ts) reuses.
import { test as setup } from "@playwright/test";
import { demoAccounts, signInWithForm, type DemoRole } from "../tests/support/e2e/auth";

for (const role of Object.keys(demoAccounts) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signInWithForm(page, role);
  });
}
