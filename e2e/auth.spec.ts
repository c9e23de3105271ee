import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, signIn } from "../tests/support/e2e/auth";
import { signInWith } from "../tests/support/e2e/user-admin";

const sectionsByRole = {
  admin: [
    "Composer",
    "Media",
    "Tickets",
    "Campaigns",
    "Contacts",
    "History",
    "Overview",
    "Audit trail",
    "Settings",
  ],
  agent: ["Composer", "Media", "Tickets", "Campaigns", "Contacts", "History", "Overview"],
  viewer: ["Media", "Tickets", "Campaigns", "Contacts", "History", "Overview"],
} as const;

for (const role of ["admin", "agent", "viewer"] as const) {
  test(`${role} signs in, sees only their sections, and signs out`, async ({ page }) => {
    // Through the form, and a session of its own: signing out ends it.
    await signInWith(page, demoAccounts[role], DEMO_PASSWORD);
    await expect(page.getByTestId("current-role")).toHaveText(new RegExp(role, "i"));
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveText([...sectionsByRole[role]]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/history");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test("a viewer has no send control and cannot open the composer", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("link", { name: "Composer" })).toHaveCount(0);
  await page.goto("/composer");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("button", { name: /send/i })).toHaveCount(0);
});

test("an agent cannot open Settings", async ({ page }) => {
  await signIn(page, "agent");
  await expect(page.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const messages: string[] = [];
  for (const email of [demoAccounts.agent, "nobody-here@demo.kabar"]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("form", { name: "Sign in" }).getByRole("alert");
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
  }
  expect(messages[0]).toBe(messages[1]);
  expect(messages[0]).toContain("do not match");
});

test("repeated failures are throttled with a growing delay", async ({ page }) => {
  test.slow(); // up to 8 sign-in attempts
  const email = "throttle-probe@demo.kabar";
  const alert = page.getByRole("form", { name: "Sign in" }).getByRole("alert");
  // Three failures are free, then each doubles the wait (2 s, 4 s, 8 s …): however slow the
  // machine, a later attempt falls inside a wait, so try until one does (bounded).
  const messages: string[] = [];
  for (let attempt = 1; attempt <= 8; attempt++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
    if (messages.at(-1)?.startsWith("Too many attempts")) break;
  }
  expect(messages.slice(0, 3)).toStrictEqual(Array(3).fill(messages[0]));
  expect(messages[0]).toContain("do not match");
  expect(messages.at(-1)).toMatch(/Too many attempts\. Wait \d+ seconds?, then try again\./);
});
