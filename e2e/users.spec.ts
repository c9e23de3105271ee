import { expect, test } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { createUserAsAdmin, newUser, signInWith, userRow } from "../tests/support/e2e/user-admin";

test("an admin creates a user, changes their role and deactivates them", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin");
  const user = newUser("agent", "users");
  await createUserAsAdmin(page, user);
  const row = userRow(page, user.email);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");

  // The new user signs in elsewhere, as an agent.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signInWith(theirPage, user.email, user.password);
  await expect(theirPage.getByTestId("current-role")).toHaveText("Agent");

  // Role change: takes effect on their next request.
  await row.getByLabel(`Role of ${user.email}`).selectOption("viewer");
  await row.getByRole("button", { name: `Save role of ${user.email}` }).click();
  await expect(page.getByText(`${user.email} is now Viewer.`)).toBeVisible();
  await theirPage.reload();
  await expect(theirPage.getByTestId("current-role")).toHaveText("Viewer");

  // Deactivation asks first, then ends their session at once.
  await row.getByRole("button", { name: `Deactivate ${user.email}` }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${user.email}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText(`${user.email} deactivated.`)).toBeVisible();
  await expect(row).toContainText("Deactivated");

  await theirPage.goto("/history");
  await expect(theirPage).toHaveURL(/\/sign-in/);
  await theirPage.getByLabel("Email").fill(user.email);
  await theirPage.getByLabel("Password").fill(user.password);
  await theirPage.getByRole("button", { name: "Sign in" }).click();
  await expect(theirPage.getByText("do not match an active account")).toBeVisible();
  await theirs.close();

  // Reactivation lets them back in.
  await row.getByRole("button", { name: `Reactivate ${user.email}` }).click();
  await expect(page.getByText(`${user.email} can sign in again.`)).toBeVisible();
  await expect(row).toContainText("Active");
});

test("an admin resets a user's password: the new one works", async ({ page, browser }) => {
  await signIn(page, "admin");
  const user = newUser("viewer", "reset");
  await createUserAsAdmin(page, user);

  await userRow(page, user.email)
    .getByRole("button", { name: `Reset password of ${user.email}` })
    .click();
  const dialog = page.getByRole("dialog", { name: `Reset the password of ${user.email}` });
  await dialog.getByLabel("New password").fill("password1");
  await dialog.getByRole("button", { name: "Set new password" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "too common" })).toBeVisible();
  const fresh = `${user.password} renewed`;
  await dialog.getByLabel("New password").fill(fresh);
  await dialog.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(`New password set for ${user.email}.`)).toBeVisible();

  const theirs = await browser.newContext();
  await signInWith(await theirs.newPage(), user.email, fresh);
  await theirs.close();
});

test("creating a user with an email that exists is refused on the email field", async ({
  page,
}) => {
  await signIn(page, "admin");
  const user = newUser("agent", "dup");
  await createUserAsAdmin(page, user);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Name", { exact: true }).fill("Someone else");
  await page.getByLabel("Initial password").fill(user.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/already exists/);
});
