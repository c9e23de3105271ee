import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "kabar-demo";
export const demoAccounts = {
  admin: "admin@demo.kabar",
  agent: "agent@demo.kabar",
  viewer: "viewer@demo.kabar",
} as const;

export async function signIn(page: Page, role: keyof typeof demoAccounts) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoAccounts[role]);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}
