import { expect, test } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { createUserAsAdmin, newUser, signInWith } from "../tests/support/e2e/user-admin";

test("a user changes their password: every session ends and the new password works", async ({
  page,
  browser,
}) => {
  test.slow(); // six password hashes and checks (argon2, slow by design) in one flow
  await signIn(page, "admin");
  const user = newUser("agent", "account");
  await createUserAsAdmin(page, user);

  // Two sessions of the same user: one changes the password, the other must end too.
  const first = await browser.newContext();
  const second = await browser.newContext();
  const here = await first.newPage();
  const elsewhere = await second.newPage();
  await signInWith(here, user.email, user.password);
  await signInWith(elsewhere, user.email, user.password);

  await here.getByRole("link", { name: "Account" }).click();
  await expect(here.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();

  // A wrong current password is refused next to its field.
  const fresh = `${user.password} changed`;
  await here.getByLabel("Current password").fill("not my password");
  await here.getByLabel("New password", { exact: true }).fill(fresh);
  await here.getByLabel("Confirm new password").fill(fresh);
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByLabel("Current password")).toHaveAccessibleDescription(
    "That is not your current password",
  );

  await here.getByLabel("Current password").fill(user.password);
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here).toHaveURL(/\/sign-in/);
  await expect(here.getByText(/Password changed\. Every session has ended/)).toBeVisible();

  await elsewhere.goto("/history");
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  await signInWith(here, user.email, fresh);
  await first.close();
  await second.close();
});

test("the confirmation must match the new password", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/account");
  await page.getByLabel("Current password").fill("kabar-demo");
  await page.getByLabel("New password", { exact: true }).fill("a long new password");
  await page.getByLabel("Confirm new password").fill("a long new passwort");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Confirm new password")).toHaveAccessibleDescription(
    "The two new passwords are not the same",
  );
  // Nothing changed: still signed in.
  await page.goto("/history");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});
