import { expect, test } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";

test("an admin opens the shell and reaches every section", async ({ page }) => {
  await signIn(page, "admin");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const section of [
    "Composer",
    "Media",
    "Tickets",
    "Campaigns",
    "Contacts",
    "History",
    "Overview",
    "Audit trail",
    "Settings",
  ]) {
    await nav.getByRole("link", { name: section }).click();
    await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
    await expect(nav.getByRole("link", { name: section })).toHaveAttribute("aria-current", "page");
  }
});

test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
  await page.goto("/history");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: /Sign in to/ })).toBeVisible();
});

test("health reports the database, the delivery workers and both Damcorp services", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    database: { ok: true, dialect: "sqlite" },
    // The browser tests' server delivers itself (KABAR_DELIVERY_IN_SERVER defaults to true).
    workers: { ok: true, inThisProcess: true },
    whatsapp: { ok: true },
    helpdesk: { ok: true },
  });
});
