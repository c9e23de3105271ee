import { expect, type Page } from "@playwright/test";

// Helpers for tests that make their own users: every test creates what it needs under a unique
// name, so tests can run in any order against the one shared e2e database.

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Signs in with any account and waits for the shell. */
export async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // In the page on every screen size (on a phone the sidebar is a closed drawer).
  await expect(page.getByTestId("current-role")).toBeAttached();
}

export interface NewUser {
  email: string;
  name: string;
  role: "admin" | "agent" | "viewer";
  password: string;
}

/** A fresh user description with a unique email. */
export function newUser(role: NewUser["role"], prefix = "e2e"): NewUser {
  const id = uniqueSuffix();
  return {
    email: `${prefix}-${id}@test.kabar`,
    name: `E2E ${prefix} ${id}`,
    role,
    password: `e2e pass ${id} ok`,
  };
}

/** Creates a user through Settings › Users; the page must be signed in as an admin. */
export async function createUserAsAdmin(page: Page, user: NewUser) {
  await page.goto("/settings/users");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Name", { exact: true }).fill(user.name);
  await page.getByLabel("Role", { exact: true }).selectOption(user.role);
  await page.getByLabel("Initial password").fill(user.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`User ${user.email} created.`)).toBeVisible();
  await expect(userRow(page, user.email)).toBeVisible();
}

export function userRow(page: Page, email: string) {
  return page.getByRole("row", { name: new RegExp(escapeRegExp(email)) });
}
